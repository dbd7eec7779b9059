package kr.catalog.api.fulfilment.picking;

import java.time.Instant;
import java.util.List;
import kr.catalog.api.order.OrderStatus;

/**
 * An order's pick list ({@code GET /api/orders/{id}/pick-list}): its lines grouped by location and
 * bin, the groups in walking order (bins sorted, lines without a bin last).
 *
 * @param orderId the order
 * @param status where the order stands (picks are recorded in PICKING only)
 * @param location the location the order's stock is taken from
 * @param complete every line has a picked quantity
 * @param shortLines lines picked short so far (finishing needs a shortfall choice)
 * @param groups the lines by location and bin
 */
public record PickListView(
    long orderId,
    OrderStatus status,
    Location location,
    boolean complete,
    int shortLines,
    List<Group> groups) {

  /** A stock location by code and name. */
  public record Location(String code, String name) {}

  /** The lines lying in one bin of one location. */
  public record Group(String location, String bin, List<Line> lines) {}

  /**
   * One pick line.
   *
   * @param lineNo the order line
   * @param code the product code as ordered
   * @param name the product name
   * @param ordered units ordered
   * @param picked units picked, null until recorded
   * @param note the picker's note
   * @param pickedAt when the last pick was recorded
   * @param pickedBy who recorded it
   */
  public record Line(
      int lineNo,
      String code,
      String name,
      int ordered,
      Integer picked,
      String note,
      Instant pickedAt,
      String pickedBy) {}
}
