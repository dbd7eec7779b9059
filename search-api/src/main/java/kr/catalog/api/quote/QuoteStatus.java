package kr.catalog.api.quote;

/** Where a quote version stands. Expiry is not a status: it follows from the validity date. */
public enum QuoteStatus {
  /** The current version; may be ordered while valid. */
  OPEN,
  /** Replaced by a newer version of the same quote. */
  SUPERSEDED,
  /** Converted to an order. */
  ORDERED
}
