package kr.catalog.api.history;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import kr.catalog.api.order.Channel;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.quote.QuoteStatus;

/**
 * A customer's transactions over whole months of the business time zone, for the customer's records
 * and their accountant. Amounts in whole KRW; each order's amounts are the sums of its lines, each
 * month's the sums of its counted orders, the totals the sums of the months.
 *
 * @param customer the customer company
 * @param from first month, inclusive
 * @param to last month, inclusive
 * @param zone the business time zone that decides which month an order falls in
 * @param months every month of the period, oldest first, also those without any order
 * @param totals sums over the period
 * @param orders every order placed in the period, oldest first (cancelled ones listed, not counted)
 * @param quotes the quotes issued in the period (their current versions), oldest first; quotes are
 *     offers, never part of the totals
 */
public record Statement(
    Customer customer,
    YearMonth from,
    YearMonth to,
    String zone,
    Instant generatedAt,
    List<Month> months,
    Totals totals,
    List<Order> orders,
    List<Quote> quotes) {

  /** The customer company. */
  public record Customer(long id, String name) {}

  /**
   * One month.
   *
   * @param orders orders counted (placed in the month and not cancelled)
   * @param cancelled orders placed in the month and cancelled since
   * @param quotes quotes issued in the month
   */
  public record Month(YearMonth month, int orders, int cancelled, int quotes, Totals amounts) {}

  /** Net (VAT excluded), VAT and gross amounts. */
  public record Totals(long net, long vat, long gross) {
    static final Totals ZERO = new Totals(0, 0, 0);

    Totals plus(Totals other) {
      return new Totals(net + other.net, vat + other.vat, gross + other.gross);
    }
  }

  /**
   * One order.
   *
   * @param counted false for a cancelled order, which the totals leave out
   */
  public record Order(
      long id,
      Instant placedAt,
      YearMonth month,
      OrderStatus status,
      Channel channel,
      int lines,
      Totals amounts,
      boolean counted) {}

  /** One quote (its current version). */
  public record Quote(
      long id,
      String quoteNo,
      int version,
      Instant issuedAt,
      YearMonth month,
      QuoteStatus status,
      Long orderId,
      Totals amounts) {}
}
