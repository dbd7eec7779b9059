package kr.catalog.api.fulfilment.outbound;

/** The kinds of the facts outbound writes to the order journal ({@code order_activity.kind}). */
public final class OutboundKinds {
  /** A package packed: {@code package}, {@code lines} [{lineNo, quantity}], size, weights. */
  public static final String PACKAGE_PACKED = "PACKAGE_PACKED";

  /** A package removed while packing: {@code package}, {@code lines}. */
  public static final String PACKAGE_REMOVED = "PACKAGE_REMOVED";

  /**
   * Region and partner applied at classification: {@code postalCode}, {@code rulePrefix}, the
   * rule's {@code proposedRegion}/{@code proposedPartner}, the applied {@code region}/{@code
   * partner}, and {@code overridden} when the request chose otherwise.
   */
  public static final String DELIVERY_CLASSIFIED = "DELIVERY_CLASSIFIED";

  /**
   * A package scanned onto a vehicle: {@code package}, {@code vehicle}, {@code previousVehicle}.
   */
  public static final String PACKAGE_LOADED = "PACKAGE_LOADED";

  /** A tracking event: {@code time} (ISO instant), {@code place}, {@code text}, {@code vehicle}. */
  public static final String TRACKING_EVENT = "TRACKING_EVENT";

  private OutboundKinds() {}
}
