package kr.catalog.api.history;

import java.util.List;

/**
 * A past order or quote made into cart lines at today's prices, with what changed since named per
 * line. Nothing is reserved or stored: the caller fills the cart with {@link #lines} and orders as
 * usual, which prices and checks stock again at that moment.
 *
 * @param source {@code order} or {@code quote}
 * @param sourceId the order's or quote's id
 * @param customerId the company the lines are priced for (its grade)
 * @param lines the lines to put in the cart, in the original order; a discontinued product's family
 *     replacement takes its place
 * @param omitted lines that cannot be reordered (no longer in the catalog, or discontinued without
 *     a replacement in their family)
 * @param totals today's net, VAT and gross of {@link #lines}
 */
public record Reorder(
    String source,
    long sourceId,
    long customerId,
    List<Line> lines,
    List<Omitted> omitted,
    Statement.Totals totals) {

  /**
   * One cart line at today's price.
   *
   * @param previousUnitPrice the unit price of the original line (VAT excluded)
   * @param available units available now (on hand minus reserved)
   * @param replaces the code of the discontinued product this line replaces, or null
   * @param changes what differs from the original line; empty when nothing does
   */
  public record Line(
      String code,
      String name,
      int quantity,
      long previousUnitPrice,
      long unitPrice,
      long netAmount,
      long vatAmount,
      long grossAmount,
      long available,
      String replaces,
      List<Change> changes) {}

  /**
   * A change since the original line.
   *
   * @param kind what changed
   * @param message the change in a sentence, for the counsellor reading it out
   */
  public record Change(Kind kind, String message) {}

  /** Kinds of {@link Change}. */
  public enum Kind {
    /** Today's unit price is higher than the original's. */
    PRICE_UP,
    /** Today's unit price is lower than the original's. */
    PRICE_DOWN,
    /** The original product is discontinued; its family's replacement takes its place. */
    REPLACED,
    /** No unit is available now: ordering it waits for stock. */
    OUT_OF_STOCK,
    /** Fewer units are available now than the line's quantity. */
    SHORT_STOCK
  }

  /**
   * An original line left out.
   *
   * @param reason why it cannot be reordered
   */
  public record Omitted(String code, String name, int quantity, OmittedReason reason) {}

  /** Why an original line is left out of a reorder. */
  public enum OmittedReason {
    /** The code is no longer in the served catalog. */
    NOT_IN_CATALOG,
    /** Discontinued, and no variant of its family is still sold. */
    DISCONTINUED_WITHOUT_REPLACEMENT
  }
}
