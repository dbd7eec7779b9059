package kr.catalog.api.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.account.Passwords;
import kr.catalog.api.account.UserAccount;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.marketing.CollectionType;
import kr.catalog.api.marketing.MerchandisingRule;
import kr.catalog.api.marketing.PromoCollection;
import kr.catalog.api.marketing.QueryKey;
import kr.catalog.api.marketing.RuleAction;
import kr.catalog.api.order.LocationKind;
import kr.catalog.api.order.StockItem;
import kr.catalog.api.order.StockLocation;
import kr.catalog.api.pricing.PricingGrade;
import kr.catalog.api.security.Role;
import kr.catalog.model.Product;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Seeds the quick start (and the tests) on an empty database: two customer companies, one demo
 * account per role (listed with their passwords in the README), four branch stores, stock for the
 * served catalog at the warehouse and at each store, and a few promotional collections and
 * merchandising rules (issue #7) dated around the first start. Off in production ({@code
 * commerce.seed-demo=false}). Runs after the catalog is published.
 */
@ApplicationScoped
public class DemoSeeder {
  private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

  /**
   * A demo account.
   *
   * @param username log-in name
   * @param password its password (demo only)
   * @param displayName shown name
   * @param role the role
   * @param company 1 for the first demo company, 2 for the second, 0 for staff
   */
  public record DemoAccount(
      String username, String password, String displayName, Role role, int company) {}

  /** The demo accounts, as listed in the README. */
  public static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("customer", "customer-demo", "김고객 (데모상사)", Role.CUSTOMER, 1),
          new DemoAccount("customer2", "customer2-demo", "이구매 (한빛공구)", Role.CUSTOMER, 2),
          new DemoAccount("counsellor", "counsellor-demo", "박상담", Role.COUNSELLOR, 0),
          new DemoAccount("marketing", "marketing-demo", "최마케팅", Role.MARKETING, 0),
          new DemoAccount("warehouse", "warehouse-demo", "정창고", Role.WAREHOUSE, 0),
          new DemoAccount("admin", "admin-demo", "윤관리", Role.ADMIN, 0));

  @Inject CommerceConfig config;
  @Inject CatalogView catalog;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
    if (!config.seedDemo()) {
      return;
    }
    QuarkusTransaction.requiringNew().run(this::seedAccounts);
    QuarkusTransaction.requiringNew().run(this::seedLocations);
    QuarkusTransaction.requiringNew().run(this::seedStock);
    QuarkusTransaction.requiringNew().run(this::seedCuration);
  }

  /**
   * Demo collections and rules on the sample catalog, when none exist: new products and private
   * brands (rule-based), a grinder week with a 15 % discount (hand-picked), a spring collection
   * scheduled a month ahead, and a pin and a boost for the query "그라인더". Products missing from the
   * served catalog are left out. Windows are relative to the first start, so the demo always shows
   * active collections on a fresh database.
   */
  void seedCuration() {
    if (PromoCollection.count() > 0 || MerchandisingRule.count() > 0) {
      return;
    }
    UserAccount marketing = UserAccount.find("username", "marketing").firstResult();
    if (marketing == null || catalog.allProducts().isEmpty()) {
      return;
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    Instant from = now.minus(1, ChronoUnit.DAYS);
    collection(
        marketing,
        "new-arrivals",
        CollectionType.NEW,
        "신제품 모음",
        "New arrivals",
        from,
        now.plus(90, ChronoUnit.DAYS),
        List.of(),
        "{\"flag\":[\"new\"]}",
        null);
    collection(
        marketing,
        "pb-selection",
        CollectionType.PB,
        "자체 브랜드(PB) 기획전",
        "Private-brand selection",
        from,
        now.plus(90, ChronoUnit.DAYS),
        List.of(),
        "{\"flag\":[\"pb\"]}",
        null);
    collection(
        marketing,
        "grinder-week",
        CollectionType.DISCOUNT,
        "그라인더 특가 주간",
        "Grinder week",
        from,
        now.plus(14, ChronoUnit.DAYS),
        codeKeys("MA/727-8", "MA/157-0", "MA/157-0-L"),
        null,
        15);
    collection(
        marketing,
        "spring-consumables",
        CollectionType.SEASONAL,
        "봄맞이 소모품전",
        "Spring consumables",
        now.plus(30, ChronoUnit.DAYS),
        now.plus(60, ChronoUnit.DAYS),
        List.of(),
        "{\"category\":[\"09\"]}",
        null);
    rule(marketing, "그라인더", RuleAction.PIN, 1, null, "MA/727-8", from, "특가 주간 대표 상품");
    rule(marketing, "그라인더", RuleAction.BOOST, null, "2.00", "MA/157-0", from, "특가 상품 우선 노출");
    LOG.infof("Seeded %d demo collections and %d merchandising rules", 4, 2);
  }

  private List<String> codeKeys(String... codes) {
    List<String> keys = new ArrayList<>();
    for (String code : codes) {
      catalog.product(code).filter(p -> !p.discontinued()).ifPresent(p -> keys.add(p.codeKey()));
    }
    return keys;
  }

  private static void collection(
      UserAccount by,
      String slug,
      CollectionType type,
      String titleKo,
      String titleEn,
      Instant startsAt,
      Instant endsAt,
      List<String> codeKeys,
      String ruleJson,
      Integer discountPercent) {
    if (codeKeys.isEmpty() && ruleJson == null) {
      return;
    }
    PromoCollection c = new PromoCollection();
    c.slug = slug;
    c.type = type;
    c.titleKo = titleKo;
    c.titleEn = titleEn;
    c.startsAt = startsAt;
    c.endsAt = endsAt;
    c.codeKeys.addAll(codeKeys);
    c.ruleJson = ruleJson;
    c.discountPercent = discountPercent;
    c.createdBy = by.id;
    c.createdAt = Instant.now();
    c.updatedAt = c.createdAt;
    c.persist();
  }

  private void rule(
      UserAccount by,
      String query,
      RuleAction action,
      Integer position,
      String factor,
      String code,
      Instant startsAt,
      String note) {
    List<String> key = codeKeys(code);
    if (key.isEmpty()) {
      return;
    }
    MerchandisingRule r = new MerchandisingRule();
    r.queryText = query;
    r.queryKey = QueryKey.of(query);
    r.action = action;
    r.position = position;
    r.factor = factor == null ? null : new BigDecimal(factor);
    r.codeKey = key.get(0);
    r.startsAt = startsAt;
    r.endsAt = startsAt.plus(15, ChronoUnit.DAYS);
    r.note = note;
    r.createdBy = by.id;
    r.createdAt = Instant.now();
    r.updatedAt = r.createdAt;
    r.persist();
  }

  void seedAccounts() {
    if (UserAccount.count() > 0) {
      return;
    }
    CustomerCompany first = company("데모상사", "123-45-67890", PricingGrade.GOLD, "서울특별시 중구 세종대로 110");
    CustomerCompany second =
        company("한빛공구", "234-56-78901", PricingGrade.STANDARD, "부산광역시 해운대구 센텀로 45");
    for (DemoAccount a : ACCOUNTS) {
      UserAccount u = new UserAccount();
      u.username = a.username();
      u.passwordHash = Passwords.hash(a.password());
      u.displayName = a.displayName();
      u.role = a.role();
      u.companyId = a.company() == 1 ? first.id : a.company() == 2 ? second.id : null;
      // Notification e-mail (sent only when an SMTP host is configured); .example never delivers.
      u.email = a.username() + "@demo.catalog.example";
      u.active = true;
      u.createdAt = Instant.now();
      u.persist();
    }
    LOG.infof("Seeded %d demo accounts (see README)", ACCOUNTS.size());
  }

  /**
   * The demo branch stores: code, name, address, days a transfer from the warehouse takes. The
   * central warehouse ({@code WH}, 본사 물류센터) comes with the schema.
   */
  record DemoStore(String code, String name, String address, int transferDays) {}

  /** The demo stores, in display order. */
  static final List<DemoStore> STORES =
      List.of(
          new DemoStore("SEONGSU", "성수점", "서울특별시 성동구 성수이로 113", 1),
          new DemoStore("GURO", "구로점", "서울특별시 구로구 디지털로 300", 1),
          new DemoStore("INCHEON", "인천점", "인천광역시 남동구 인주대로 600", 2),
          new DemoStore("BUSAN", "부산점", "부산광역시 사상구 사상로 200", 3));

  /** The branch stores, when the database has none. */
  void seedLocations() {
    if (StockLocation.count("kind", LocationKind.STORE) > 0) {
      return;
    }
    int order = 1;
    for (DemoStore d : STORES) {
      StockLocation l = new StockLocation();
      l.code = d.code();
      l.kind = LocationKind.STORE;
      l.name = d.name();
      l.address = d.address();
      l.transferDays = d.transferDays();
      l.sortOrder = order++;
      l.persist();
    }
    LOG.infof("Seeded %d branch stores", STORES.size());
  }

  /**
   * Stock for every sold product of the served catalog at each location that has none counted, by a
   * rule of the code key alone, so every start of the same catalog seeds the same stock: at the
   * warehouse every tenth product (by code hash) is out of stock so the in-stock flag means
   * something in the demo, the others hold 5 to 100 units; a store carries about two products in
   * three, 1 to 12 units each. Every row gets a bin (warehouse: zone-aisle-shelf, store: shelf).
   */
  void seedStock() {
    for (StockLocation location : StockLocation.<StockLocation>listAll()) {
      if (StockItem.count("locationCode", location.code) > 0) {
        continue;
      }
      List<String> codes = new ArrayList<>();
      List<Long> onHand = new ArrayList<>();
      List<String> bins = new ArrayList<>();
      for (Product p : catalog.allProducts()) {
        if (p.discontinued()) {
          continue;
        }
        long units = seedUnits(location, p.codeKey());
        if (units < 0) {
          continue;
        }
        codes.add(p.codeKey());
        onHand.add(units);
        bins.add(seedBin(location, p.codeKey()));
      }
      insertStock(location.code, codes, onHand, bins);
      LOG.infof("Seeded stock for %d products at %s", codes.size(), location.name);
    }
  }

  /** Units seeded for a product at a location; -1 when the location does not carry it. */
  static long seedUnits(StockLocation location, String codeKey) {
    if (location.kind == LocationKind.WAREHOUSE) {
      // The rule the single warehouse had before locations: the same demo stock as before.
      int h = codeKey.hashCode();
      return Math.floorMod(h, 10) == 0 ? 0L : 5L + Math.floorMod(h / 10, 96);
    }
    int h = (codeKey + "@" + location.code).hashCode();
    return Math.floorMod(h, 3) == 0 ? -1L : 1L + Math.floorMod(h / 3, 12);
  }

  /** The bin of a product at a location: zone-aisle-shelf in the warehouse, shelf in a store. */
  static String seedBin(StockLocation location, String codeKey) {
    int h = Math.floorMod((codeKey + "#" + location.code).hashCode(), 8 * 40 * 6);
    if (location.kind == LocationKind.WAREHOUSE) {
      return (char) ('A' + h % 8)
          + "-"
          + String.format(Locale.ROOT, "%02d", 1 + (h / 8) % 40)
          + "-"
          + (1 + h / 320);
    }
    return "S" + String.format(Locale.ROOT, "%02d", 1 + h % 24) + "-" + (1 + (h / 24) % 5);
  }

  private static void insertStock(
      String location, List<String> codes, List<Long> onHand, List<String> bins) {
    // One statement for the whole catalog, in this one transaction: persisting 129,397 entities one
    // by one took over the 60 s transaction timeout on the full catalog, and the API never started.
    StockItem.getEntityManager()
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO stock_item"
                          + " (code_key, location_code, on_hand, reserved, bin, updated_at)"
                          + " SELECT code, ?, on_hand, 0, bin, now()"
                          + " FROM unnest(?::varchar[], ?::bigint[], ?::varchar[])"
                          + " AS seed(code, on_hand, bin)")) {
                insert.setString(1, location);
                insert.setArray(2, connection.createArrayOf("varchar", codes.toArray()));
                insert.setArray(3, connection.createArrayOf("bigint", onHand.toArray()));
                insert.setArray(4, connection.createArrayOf("varchar", bins.toArray()));
                insert.executeUpdate();
              }
            });
  }

  private static CustomerCompany company(
      String name, String businessNo, PricingGrade grade, String address) {
    CustomerCompany c = new CustomerCompany();
    c.name = name;
    c.businessNo = businessNo;
    c.grade = grade;
    c.address = address;
    c.phone = "02-000-0000";
    c.fax = "02-000-0001";
    c.createdAt = Instant.now();
    c.persist();
    return c;
  }
}
