package kr.catalog.api.refusal;

import java.util.Locale;

/**
 * The business refusals clients can tell apart: each is answered with its own problem type, {@code
 * /problems/} followed by {@link #slug()} ({@code QUOTE_EXPIRED} is {@code
 * /problems/quote-expired}). The HTTP status and title of each are chosen in {@code
 * kr.catalog.api.rest.ProblemMappers}; the list with statuses is {@code docs/PROBLEMS.md}.
 */
public enum Refusal {
  /** Log-in with an unknown user, a wrong password or an inactive account (one answer for all). */
  WRONG_CREDENTIALS,
  /** Log-in locked for a while after repeated failures. */
  TOO_MANY_ATTEMPTS,
  /** A customer user naming another company than their own. */
  OTHER_COMPANY,
  /** The caller's role may not take this fulfilment step. */
  STEP_NOT_ALLOWED,
  /** A new user's name is already taken. */
  USERNAME_TAKEN,
  /** No product has this code. */
  PRODUCT_NOT_FOUND,
  /** No stock location (warehouse or store) has this code. */
  LOCATION_NOT_FOUND,
  /** No order with this id is visible to the caller. */
  ORDER_NOT_FOUND,
  /** No quote with this id is visible to the caller. */
  QUOTE_NOT_FOUND,
  /** No merchandising rule has this id. */
  RULE_NOT_FOUND,
  /** No vocabulary entry has this id. */
  VOCABULARY_ENTRY_NOT_FOUND,
  /** No collection (active, for customers) has this slug. */
  COLLECTION_NOT_FOUND,
  /** No e-book has this id. */
  BOOK_NOT_FOUND,
  /** The e-book has no page with this number or printed label. */
  BOOK_PAGE_NOT_FOUND,
  /** The quote's validity ended before it was ordered. */
  QUOTE_EXPIRED,
  /** A newer version of the quote replaced (superseded) this one. */
  QUOTE_REPLACED,
  /** The quote was already turned into an order. */
  ALREADY_ORDERED,
  /** The order's lifecycle has no such step from its current state. */
  ILLEGAL_TRANSITION,
  /** Not enough units available for an order. */
  OUT_OF_STOCK,
  /** Stock on hand set below the units already reserved. */
  STOCK_BELOW_RESERVED,
  /** An Idempotency-Key reused for a different request body. */
  IDEMPOTENCY_KEY_REUSED,
  /** The edited version of a rule or collection is no longer the latest. */
  STALE_VERSION,
  /** Another rule already acts on this product for the same query/category and window. */
  RULE_OVERLAP,
  /**
   * Another rule already pins a product at this position for the same query/category and window.
   */
  PIN_POSITION_TAKEN,
  /** A collection with this slug exists. */
  SLUG_TAKEN,
  /** Quote or order lines naming no orderable product (listed under {@code unresolved}). */
  UNRESOLVED_LINES,
  /**
   * A state-changing request from another site's page (its {@code Origin} is not this site's), or
   * with the session cookie and no origin at all.
   */
  CROSS_ORIGIN_REQUEST,
  /** No user account has this id (administration). */
  USER_NOT_FOUND,
  /** An administrator deactivating their own account (nobody would be left to undo it). */
  OWN_ACCOUNT,
  /**
   * A catalog to publish that cannot be served: no catalog at the location, a file that does not
   * read, counts that differ from its manifest, a {@code changes.json} that contradicts it, or a
   * media file it names that is missing.
   */
  CATALOG_INVALID,
  /** A catalog to publish whose files do not have the checksum the publisher gave. */
  CATALOG_CHECKSUM_MISMATCH,
  /**
   * A catalog older than the one served: the version served now, one published before and since
   * replaced, or one built on a replaced version (publishing it would undo later changes).
   */
  CATALOG_OUTDATED,
  /**
   * A media file of the catalog to publish whose path the served media already use for other bytes
   * (book pages are named by book and page, not by content: a new edition needs its own book id).
   */
  MEDIA_CONFLICT,
  /** Another catalog publication is being applied. */
  PUBLICATION_IN_PROGRESS,
  /** The order has no line with this number. */
  LINE_NOT_FOUND,
  /** The order is not at the fulfilment step this action belongs to (picking, inspection). */
  NOT_AT_STEP,
  /** More units recorded as picked than the line ordered. */
  OVER_PICKED,
  /** Picking finished while a line has no picked quantity (or nothing at all was picked). */
  PICKING_INCOMPLETE,
  /** A scanned code names a product that is not on the order (recorded as a discrepancy). */
  NOT_ON_ORDER,
  /** More units scanned than were picked for the line (recorded as a discrepancy). */
  OVER_SCANNED,
  /** Inspection finished while scanned and picked units differ, not acknowledged with a note. */
  INSPECTION_MISMATCH,
  /**
   * A fulfilment step's action asked of an order in another state (packing an order not PACKING).
   */
  WRONG_ORDER_STATE,
  /** No package of the order has this number (label scans, label PDF). */
  PACKAGE_NOT_FOUND,
  /** A package scanned for loading belongs to another order. */
  PACKAGE_OF_ANOTHER_ORDER,
  /** Packing more units of a line than leave with the order. */
  PACKED_BEYOND_QUANTITY,
  /** Finishing packing while units to ship are in no package. */
  UNITS_NOT_PACKED,
  /** No vehicle of the registry has this plate. */
  VEHICLE_NOT_FOUND,
  /** A vehicle's plate is already registered. */
  PLATE_TAKEN,
  /** Loading a package would take the vehicle over its capacity. */
  VEHICLE_OVER_CAPACITY,
  /** Moving to LOADED while packages of the order are on no vehicle (the loaded-goods check). */
  PACKAGES_NOT_LOADED,
  /** Classifying a delivery whose postal code no rule covers, without region and partner given. */
  NO_DELIVERY_RULE,
  /**
   * A customer inspection whose accepted, short and damaged units do not add up to each line's
   * quantity shipped, or that leaves out or repeats a line.
   */
  ACCEPTANCE_MISMATCH,
  /** No claim with this id is visible to the caller. */
  CLAIM_NOT_FOUND,
  /** The claim was already approved or rejected. */
  CLAIM_ALREADY_DECIDED,
  /** The claim's goods cannot be received: not a return, not approved, or received already. */
  CLAIM_NOT_RECEIVABLE,
  /** The order has no pickup code (not a pickup order, or not ready for pickup yet). */
  PICKUP_CODE_NOT_FOUND,
  /** The pickup code typed at the counter is not the order's. */
  PICKUP_CODE_WRONG,
  /** Too many wrong pickup codes: staff must issue a new one. */
  PICKUP_CODE_LOCKED;

  /** The problem type's last path segment: the name in lower case with hyphens. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
