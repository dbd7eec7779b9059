package kr.catalog.api.fulfilment.picking;

import java.time.Instant;
import java.util.List;
import kr.catalog.api.order.OrderStatus;

/**
 * An order's shipping inspection ({@code GET /api/orders/{id}/inspection}): per line the units
 * picked against the units scanned, and every discrepancy recorded.
 *
 * @param orderId the order
 * @param status where the order stands (scans are accepted in SHIPPING_INSPECTION only)
 * @param complete every line's scanned units equal its picked units
 * @param lines per line, picked vs scanned
 * @param discrepancies scans refused (a product not on the order, more than picked) and
 *     acknowledgements, oldest first
 */
public record InspectionView(
    long orderId,
    OrderStatus status,
    boolean complete,
    List<Line> lines,
    List<Discrepancy> discrepancies) {

  /**
   * One order line under inspection.
   *
   * @param lineNo the order line
   * @param code the product code as ordered
   * @param name the product name
   * @param ordered units ordered
   * @param picked units picked (what should be in the tote)
   * @param scanned units scanned so far
   * @param matches scanned equals picked
   */
  public record Line(
      int lineNo,
      String code,
      String name,
      int ordered,
      int picked,
      int scanned,
      boolean matches) {}

  /**
   * One recorded discrepancy.
   *
   * @param at when
   * @param by who scanned or acknowledged
   * @param reason {@code NOT_ON_ORDER}, {@code OVER_SCANNED} or {@code ACKNOWLEDGED}
   * @param typed the code as scanned or typed
   * @param product the product it resolved to
   * @param lineNo the order line concerned, if any
   * @param quantity units of the refused scan
   * @param note the acknowledgement's note
   */
  public record Discrepancy(
      Instant at,
      String by,
      String reason,
      String typed,
      String product,
      Integer lineNo,
      Integer quantity,
      String note) {}
}
