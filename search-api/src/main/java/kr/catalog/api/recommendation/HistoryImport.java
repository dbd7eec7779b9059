package kr.catalog.api.recommendation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kr.catalog.api.account.Passwords;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.StockLocation;
import kr.catalog.api.pricing.Discount;
import kr.catalog.api.pricing.PricedLine;
import kr.catalog.api.pricing.PricingGrade;
import kr.catalog.api.pricing.PricingRule;
import kr.catalog.model.OrderHistory;
import kr.catalog.model.Product;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Imports the order history that travels with the served catalog ({@link OrderHistory#FILE_NAME} in
 * its directory) on first start: one customer company and one buyer account per customer of the
 * history, each order a {@link OrderStatus#DELIVERED} order dated {@code daysAgo} days before the
 * import, priced at today's list prices with the company's grade. Historic orders neither reserve
 * nor consume stock: they were delivered long ago, stock counts what is on the shelf now. Once per
 * database: the {@code order_history_import} row goes in with the orders, in one transaction, and a
 * start that finds any row imports nothing (two instances starting together collide on that row;
 * the second gives up). Lines whose product is no longer sold are left out. On when {@code
 * commerce.seed-history} is (quick start and tests; off in production, where orders are real).
 */
@ApplicationScoped
public class HistoryImport {
  private static final Logger LOG = Logger.getLogger(HistoryImport.class);

  /** The password of every seeded buyer account (demo data, listed in docs/ORDERS.md). */
  public static final String BUYER_PASSWORD = "buyer-demo";

  /** The seeded buyer of a history customer: {@code buyer-b001} for {@code B001}. */
  public static String username(OrderHistory.Customer customer) {
    return "buyer-" + customer.id().toLowerCase(Locale.ROOT);
  }

  @Inject CommerceConfig commerce;
  @Inject CatalogConfig catalogConfig;
  @Inject CatalogView catalog;
  @Inject EntityManager em;
  @Inject Clock clock;

  /** After the demo accounts and stock (priority 1000), before search indexes (2000). */
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1100) StartupEvent event) {
    if (!commerce.seedHistory()) {
      return;
    }
    Optional<OrderHistory> history;
    try {
      history = OrderHistory.read(CatalogPaths.catalogDir(catalogConfig));
    } catch (IOException e) {
      LOG.errorf("Order history unreadable, not imported: %s", e.getMessage());
      return;
    }
    if (history.isEmpty()) {
      return;
    }
    try {
      // The full catalog's history (tens of thousands of orders) takes longer than the default
      // transaction timeout.
      QuarkusTransaction.requiringNew().timeout(900).run(() -> importOnce(history.get()));
    } catch (RuntimeException e) {
      // Typically another instance importing at the same moment (the key collides): theirs counts.
      LOG.warnf("Order history not imported here: %s", e.getMessage());
    }
  }

  /** Imports the history unless one was imported before; returns the orders written. */
  int importOnce(OrderHistory history) {
    if (((Number)
                em.createNativeQuery("SELECT count(*) FROM order_history_import").getSingleResult())
            .longValue()
        > 0) {
      return 0;
    }
    int[] written = new int[1];
    em.unwrap(Session.class).doWork(c -> written[0] = write(c, history));
    return written[0];
  }

  private int write(Connection c, OrderHistory history) throws SQLException {
    Instant now = clock.instant();
    ZoneId zone = commerce.zone();
    int lines = 0;
    int orders = 0;
    try (PreparedStatement key =
        c.prepareStatement(
            "INSERT INTO order_history_import (history_key, customers, orders, lines, imported_at)"
                + " VALUES (?, ?, 0, 0, ?)")) {
      // First, so that a concurrent import blocks here and then fails on the key.
      key.setString(1, "seed-" + history.seed());
      key.setInt(2, history.customers().size());
      key.setTimestamp(3, Timestamp.from(now));
      key.executeUpdate();
    }
    Map<String, long[]> companyAndBuyer = new HashMap<>();
    Map<String, PricingGrade> grades = new HashMap<>();
    String hash = Passwords.hash(BUYER_PASSWORD);
    try (PreparedStatement company =
            c.prepareStatement(
                "INSERT INTO customer_company (name, business_no, grade, address, phone, fax,"
                    + " created_at) VALUES (?, ?, ?, ?, '02-000-0000', '02-000-0001', ?)"
                    + " RETURNING id");
        PreparedStatement user =
            c.prepareStatement(
                "INSERT INTO user_account (username, password_hash, display_name, role,"
                    + " company_id, active, created_at) VALUES (?, ?, ?, 'CUSTOMER', ?, true, ?)"
                    + " RETURNING id")) {
      Timestamp since = Timestamp.from(now.minusSeconds(86_400L * 600));
      for (OrderHistory.Customer customer : history.customers()) {
        PricingGrade grade = grade(customer.grade());
        company.setString(1, customer.name());
        company.setString(2, null);
        company.setString(3, grade.name());
        company.setString(4, "경기도 안산시 단원구 산단로 " + customer.id().substring(1));
        company.setTimestamp(5, since);
        long companyId = returnedId(company);
        user.setString(1, username(customer));
        user.setString(2, hash);
        user.setString(3, "구매담당 (" + customer.name() + ")");
        user.setLong(4, companyId);
        user.setTimestamp(5, since);
        long userId = returnedId(user);
        companyAndBuyer.put(customer.id(), new long[] {companyId, userId});
        grades.put(customer.id(), grade);
      }
    }
    try (PreparedStatement order =
            c.prepareStatement(
                // Delivered orders of the past went out of the central warehouse (ADR 0023).
                "INSERT INTO customer_order (company_id, placed_by, channel, fulfilment, status,"
                    + " delivery_address, net_total, vat_total, gross_total, created_at,"
                    + " updated_at, stock_location) VALUES (?, ?, 'WEB', 'DELIVERY', ?, ?, ?, ?, ?,"
                    + " ?, ?, '"
                    + StockLocation.WAREHOUSE
                    + "') RETURNING id");
        PreparedStatement line =
            c.prepareStatement(
                "INSERT INTO order_line (order_id, line_no, code_key, code, name, quantity,"
                    + " list_price, tier_percent, tier_discount, grade_percent, grade_discount,"
                    + " promo_percent, promo_discount, unit_price, net_amount, vat_amount,"
                    + " gross_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement event =
            c.prepareStatement(
                "INSERT INTO order_event (order_id, at, actor_id, actor_role, from_status,"
                    + " to_status, note) VALUES (?, ?, ?, 'CUSTOMER', NULL, ?, ?)")) {
      for (OrderHistory.Order o : history.orders()) {
        long[] ids = companyAndBuyer.get(o.customer());
        if (ids == null) {
          continue;
        }
        List<Priced> priced = price(o, grades.get(o.customer()));
        if (priced.isEmpty()) {
          continue;
        }
        long net = 0;
        long vat = 0;
        long gross = 0;
        for (Priced p : priced) {
          net += p.line().netAmount();
          vat += p.line().vatAmount();
          gross += p.line().grossAmount();
        }
        // Mid-morning of that day in the business zone, a few minutes apart per order.
        Instant at =
            LocalDate.ofInstant(now, zone)
                .minusDays(o.daysAgo())
                .atTime(9, 0)
                .atZone(zone)
                .toInstant()
                .plusSeconds(60L * Math.floorMod(o.no().hashCode(), 480));
        Timestamp placed = Timestamp.from(at.isAfter(now) ? now : at);
        order.setLong(1, ids[0]);
        order.setLong(2, ids[1]);
        order.setString(3, OrderStatus.DELIVERED.name());
        order.setString(4, "경기도 안산시 단원구 산단로 " + o.customer().substring(1));
        order.setLong(5, net);
        order.setLong(6, vat);
        order.setLong(7, gross);
        order.setTimestamp(8, placed);
        order.setTimestamp(9, placed);
        long orderId = returnedId(order);
        int no = 1;
        for (Priced p : priced) {
          PricedLine l = p.line();
          line.setLong(1, orderId);
          line.setInt(2, no++);
          line.setString(3, p.product().codeKey());
          line.setString(4, p.product().code());
          line.setString(5, p.product().nameKo());
          line.setInt(6, l.quantity());
          line.setLong(7, l.listPrice());
          line.setInt(8, l.tierPercent());
          line.setLong(9, l.tierDiscount());
          line.setInt(10, l.gradePercent());
          line.setLong(11, l.gradeDiscount());
          line.setInt(12, l.promoPercent());
          line.setLong(13, l.promoDiscount());
          line.setLong(14, l.unitPrice());
          line.setLong(15, l.netAmount());
          line.setLong(16, l.vatAmount());
          line.setLong(17, l.grossAmount());
          line.addBatch();
          lines++;
        }
        event.setLong(1, orderId);
        event.setTimestamp(2, placed);
        event.setLong(3, ids[1]);
        event.setString(4, OrderStatus.DELIVERED.name());
        event.setString(5, "order history " + o.no() + " imported (delivered before the import)");
        event.addBatch();
        orders++;
        if (orders % 500 == 0) {
          line.executeBatch();
          event.executeBatch();
        }
      }
      line.executeBatch();
      event.executeBatch();
    }
    try (PreparedStatement done =
        c.prepareStatement(
            "UPDATE order_history_import SET orders = ?, lines = ? WHERE history_key = ?")) {
      done.setInt(1, orders);
      done.setInt(2, lines);
      done.setString(3, "seed-" + history.seed());
      done.executeUpdate();
    }
    LOG.infof(
        "Imported the order history of catalog %s: %d customers, %d delivered orders, %d lines",
        history.catalogVersion(), history.customers().size(), orders, lines);
    return orders;
  }

  private record Priced(Product product, PricedLine line) {}

  private List<Priced> price(OrderHistory.Order o, PricingGrade grade) {
    return o.lines().stream()
        .flatMap(
            l ->
                catalog.product(l.codeKey()).filter(p -> !p.discontinued()).stream()
                    .map(
                        p ->
                            new Priced(
                                p,
                                PricingRule.price(
                                    p.listPrice(),
                                    Math.max(1, l.quantity()),
                                    grade,
                                    Discount.NONE))))
        .toList();
  }

  private static PricingGrade grade(String name) {
    try {
      return PricingGrade.valueOf(name);
    } catch (IllegalArgumentException e) {
      return PricingGrade.STANDARD;
    }
  }

  private static long returnedId(PreparedStatement insert) throws SQLException {
    try (ResultSet rs = insert.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
