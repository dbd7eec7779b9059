package kr.catalog.api.fulfilment.acceptance;

/** What a claim asks for. */
public enum ClaimKind {
  /** Damaged goods come back to the warehouse; credited once received. */
  RETURN,
  /** Goods that never arrived (short) are credited. */
  CREDIT_NOTE
}
