package kr.catalog.api.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.List;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.order.StockItem;
import kr.catalog.api.pricing.PricingGrade;
import kr.catalog.ingest.Product;
import org.jboss.logging.Logger;

/**
 * Seeds the quick start (and the tests) on an empty database: two customer companies, one demo
 * account per role (listed with their passwords in the README), and stock for the served catalog.
 * Off in production ({@code commerce.seed-demo=false}). Runs after the catalog is published.
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
          new DemoAccount("admin", "admin-demo", "관리자", Role.ADMIN, 0));

  @Inject CommerceConfig config;
  @Inject CatalogView catalog;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
    if (!config.seedDemo()) {
      return;
    }
    QuarkusTransaction.requiringNew().run(this::seedAccounts);
    QuarkusTransaction.requiringNew().run(this::seedStock);
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
      u.active = true;
      u.createdAt = Instant.now();
      u.persist();
    }
    LOG.infof("Seeded %d demo accounts (see README)", ACCOUNTS.size());
  }

  /**
   * Stock for every sold product of the served catalog, when none was ever counted: every tenth
   * product (by code hash) is out of stock so the in-stock flag means something in the demo.
   */
  void seedStock() {
    if (StockItem.count() > 0) {
      return;
    }
    int seeded = 0;
    for (Product p : catalog.allProducts()) {
      if (p.discontinued()) {
        continue;
      }
      int h = p.codeKey().hashCode();
      StockItem s = new StockItem();
      s.codeKey = p.codeKey();
      s.onHand = Math.floorMod(h, 10) == 0 ? 0 : 5 + Math.floorMod(h / 10, 96);
      s.reserved = 0;
      s.updatedAt = Instant.now();
      s.persist();
      seeded++;
    }
    LOG.infof("Seeded stock for %d products", seeded);
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
