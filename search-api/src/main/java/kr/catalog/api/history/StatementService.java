package kr.catalog.api.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.account.CustomerService;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.order.Channel;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.quote.QuoteStatus;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.security.Actor;

/** Builds {@link Statement}s from the order and quote tables. */
@ApplicationScoped
public class StatementService {

  /** Longest period of one statement: five years of months. */
  public static final int MAX_MONTHS = 60;

  /** Months in a statement when no period is named: the last twelve, this one included. */
  static final int DEFAULT_MONTHS = 12;

  @Inject EntityManager em;
  @Inject CustomerService customers;
  @Inject CommerceConfig config;
  @Inject Clock clock;

  /**
   * The statement of a customer company over whole months.
   *
   * @param customerId the company (staff must name one; customers get their own)
   * @param from first month {@code YYYY-MM}, inclusive; null for eleven months before {@code to}
   * @param to last month {@code YYYY-MM}, inclusive; null for the current month
   * @throws InvalidParameterException for a malformed month, a reversed or too long period
   */
  @Transactional
  public Statement statement(Actor actor, Long customerId, String from, String to) {
    ZoneId zone = config.zone();
    YearMonth last = to == null ? YearMonth.now(clock.withZone(zone)) : month("to", to);
    YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1L) : month("from", from);
    if (first.isAfter(last)) {
      throw new InvalidParameterException("from", "must not be after to (" + last + ")");
    }
    if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
      throw new InvalidParameterException(
          "from", "a statement covers at most " + MAX_MONTHS + " months");
    }
    CustomerCompany company = customers.companyFor(actor, customerId);
    Instant start = first.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

    Map<YearMonth, MonthSums> months = new LinkedHashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.put(m, new MonthSums());
    }
    List<Statement.Order> orders = orders(company.id, start, end, zone);
    for (Statement.Order o : orders) {
      MonthSums sums = months.get(o.month());
      if (o.counted()) {
        sums.orders++;
        sums.amounts = sums.amounts.plus(o.amounts());
      } else {
        sums.cancelled++;
      }
    }
    List<Statement.Quote> quotes = quotes(company.id, start, end, zone);
    quotes.forEach(q -> months.get(q.month()).quotes++);

    List<Statement.Month> monthList = new ArrayList<>();
    Statement.Totals totals = Statement.Totals.ZERO;
    for (var e : months.entrySet()) {
      MonthSums s = e.getValue();
      monthList.add(new Statement.Month(e.getKey(), s.orders, s.cancelled, s.quotes, s.amounts));
      totals = totals.plus(s.amounts);
    }
    return new Statement(
        new Statement.Customer(company.id, company.name),
        first,
        last,
        zone.getId(),
        clock.instant(),
        monthList,
        totals,
        orders,
        quotes);
  }

  /** Orders with their amounts summed from their lines (the statement's rule, not the header). */
  private List<Statement.Order> orders(long companyId, Instant start, Instant end, ZoneId zone) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT o.id, o.created_at, o.status, o.channel, count(l.id),
                       coalesce(sum(l.net_amount), 0), coalesce(sum(l.vat_amount), 0),
                       coalesce(sum(l.gross_amount), 0)
                  FROM customer_order o LEFT JOIN order_line l ON l.order_id = o.id
                 WHERE o.company_id = ?1 AND o.created_at >= ?2 AND o.created_at < ?3
                 GROUP BY o.id, o.created_at, o.status, o.channel
                 ORDER BY o.created_at, o.id
                """)
            .setParameter(1, companyId)
            .setParameter(2, start)
            .setParameter(3, end)
            .getResultList();
    List<Statement.Order> orders = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Instant at = instant(r[1]);
      OrderStatus status = OrderStatus.valueOf((String) r[2]);
      orders.add(
          new Statement.Order(
              ((Number) r[0]).longValue(),
              at,
              YearMonth.from(at.atZone(zone)),
              status,
              Channel.valueOf((String) r[3]),
              ((Number) r[4]).intValue(),
              new Statement.Totals(
                  ((Number) r[5]).longValue(),
                  ((Number) r[6]).longValue(),
                  ((Number) r[7]).longValue()),
              status != OrderStatus.CANCELLED));
    }
    return orders;
  }

  /** Current versions of the quotes issued in the period (superseded versions left out). */
  private List<Statement.Quote> quotes(long companyId, Instant start, Instant end, ZoneId zone) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT q.id, q.quote_no, q.version, q.created_at, q.status,
                       (SELECT min(o.id) FROM customer_order o WHERE o.quote_id = q.id),
                       q.net_total, q.vat_total, q.gross_total
                  FROM quote q
                 WHERE q.company_id = ?1 AND q.created_at >= ?2 AND q.created_at < ?3
                   AND q.status <> 'SUPERSEDED'
                 ORDER BY q.created_at, q.id
                """)
            .setParameter(1, companyId)
            .setParameter(2, start)
            .setParameter(3, end)
            .getResultList();
    List<Statement.Quote> quotes = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Instant at = instant(r[3]);
      quotes.add(
          new Statement.Quote(
              ((Number) r[0]).longValue(),
              (String) r[1],
              ((Number) r[2]).intValue(),
              at,
              YearMonth.from(at.atZone(zone)),
              QuoteStatus.valueOf((String) r[4]),
              r[5] == null ? null : ((Number) r[5]).longValue(),
              new Statement.Totals(
                  ((Number) r[6]).longValue(),
                  ((Number) r[7]).longValue(),
                  ((Number) r[8]).longValue())));
    }
    return quotes;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  private static YearMonth month(String name, String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, "must be a month written YYYY-MM, e.g. 2026-11");
    }
  }

  /** Running sums of one month. */
  private static final class MonthSums {
    int orders;
    int cancelled;
    int quotes;
    Statement.Totals amounts = Statement.Totals.ZERO;
  }
}
