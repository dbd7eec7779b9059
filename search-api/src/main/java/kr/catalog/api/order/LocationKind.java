package kr.catalog.api.order;

/** What a stock location is: the central warehouse (one) or a branch store (many). */
public enum LocationKind {
  /** The central warehouse: delivery orders reserve and ship from it, transfers leave from it. */
  WAREHOUSE,
  /** A branch store: pickup orders reserve at the store the customer chose. */
  STORE
}
