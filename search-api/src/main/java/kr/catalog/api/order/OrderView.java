package kr.catalog.api.order;

import java.time.Instant;
import java.util.List;
import kr.catalog.api.quote.QuoteView;
import kr.catalog.api.security.Role;

/**
 * An order as answered by {@code GET /api/orders/{id}}, with its tracking timeline.
 *
 * @param id the order id
 * @param status where it stands
 * @param channel where it came in
 * @param fulfilment delivery or pickup
 * @param customer whom it is for
 * @param placedBy who placed it
 * @param quoteId the quote it came from, if any
 * @param deliveryAddress where it goes (delivery)
 * @param stockLocation where its stock is reserved and leaves from: the warehouse (delivery) or the
 *     pickup store
 * @param pickingLocation where it was picked
 * @param region delivery region
 * @param deliveryPartner delivery partner
 * @param lines lines with the prices accepted
 * @param totals sums of the lines
 * @param createdAt accepted at
 * @param updatedAt last change
 * @param next the states it may move to next (whoever may take them)
 * @param timeline every state change, oldest first
 * @param backOrderOf the order whose shortfall this back-order carries, or null
 * @param shortfall what picking did with short lines (back-order or cancel), null when none was
 *     short
 * @param shortLines the lines picked short: ordered, picked and missing units
 * @param backOrders the back-orders carrying this order's missing units
 */
public record OrderView(
    long id,
    OrderStatus status,
    Channel channel,
    Fulfilment fulfilment,
    Party customer,
    Person placedBy,
    Long quoteId,
    String deliveryAddress,
    Location stockLocation,
    String pickingLocation,
    String region,
    String deliveryPartner,
    List<QuoteView.Line> lines,
    QuoteView.Totals totals,
    Instant createdAt,
    Instant updatedAt,
    List<OrderStatus> next,
    List<Event> timeline,
    Long backOrderOf,
    Shortfall shortfall,
    List<ShortLine> shortLines,
    List<BackOrder> backOrders) {

  /** A line picked short: it ships {@code picked} of the {@code ordered} units. */
  public record ShortLine(int lineNo, String code, int ordered, int picked, int missing) {}

  /** A back-order of this order and where it stands. */
  public record BackOrder(long id, OrderStatus status) {}

  /** A customer company. */
  public record Party(long id, String name) {}

  /** A stock location: code, name and address (where a pickup customer goes). */
  public record Location(String code, String name, String address) {}

  /** A user. */
  public record Person(long userId, String name, Role role) {}

  /** One state change: who, when, from, to, note. */
  public record Event(Instant at, OrderStatus from, OrderStatus to, Person by, String note) {}

  /**
   * One row of the order history.
   *
   * @param customerName the customer company's name, so boards show whom an order is for
   * @param locationName where the order takes its stock: the warehouse, or the store a pickup order
   *     is collected at (the counter staff must know which orders are theirs)
   */
  public record Summary(
      long id,
      OrderStatus status,
      Channel channel,
      Fulfilment fulfilment,
      long customerId,
      String customerName,
      long grossTotal,
      int lineCount,
      Instant createdAt,
      String locationName) {}
}
