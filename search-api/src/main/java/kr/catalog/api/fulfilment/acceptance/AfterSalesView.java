package kr.catalog.api.fulfilment.acceptance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the customer's inspection recorded on an order and the claims it opened, with the credited
 * total beside the order's own (the accepted order's totals are never rewritten).
 *
 * @param orderId the order
 * @param orderGross the order's total, VAT included, as accepted
 * @param creditedGross the sum of the credit notes issued for it, VAT included
 * @param inspected whether the customer's inspection was recorded
 * @param lines the inspection per line (empty before it)
 * @param claims the claims, oldest first
 */
public record AfterSalesView(
    long orderId,
    long orderGross,
    long creditedGross,
    boolean inspected,
    List<Line> lines,
    List<ClaimView> claims) {

  /** One inspected line. */
  public record Line(
      int lineNo, int accepted, @JsonProperty("short") int shortUnits, int damaged) {}
}
