package kr.catalog.api.fulfilment.acceptance;

/**
 * Where a claim stands: OPEN until staff decide; a CREDIT_NOTE is credited when APPROVED, a RETURN
 * when its goods are RECEIVED back at the warehouse.
 */
public enum ClaimStatus {
  /** Opened by the customer's inspection, waiting for a decision. */
  OPEN,
  /** Approved by staff. */
  APPROVED,
  /** Rejected by staff, with a reason. */
  REJECTED,
  /** A return's goods are back at the warehouse (stock corrected, credit note issued). */
  RECEIVED
}
