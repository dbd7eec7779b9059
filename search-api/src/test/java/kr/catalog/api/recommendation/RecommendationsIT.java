package kr.catalog.api.recommendation;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import kr.catalog.api.order.Channel;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.Fulfilment;
import kr.catalog.api.order.OrderLine;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.pricing.LineAmounts;
import kr.catalog.api.pricing.PricedLine;
import kr.catalog.api.pricing.PricingRule;
import kr.catalog.model.OrderHistory;
import kr.catalog.model.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Recommendations from purchase history on PostgreSQL, for a company of its own and products no
 * order of the imported history holds (so only this test's orders pair them): bought together
 * follows the orders once the scheduled rebuild ran, hidden and discontinued products are never
 * proposed, the cold start falls back on the family and leaf category, and the seeded history was
 * imported once, as delivered orders of buyers who can log in.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationsIT {

  @Inject CatalogView catalog;
  @Inject CoPurchaseRefresh refresh;
  @Inject HistoryImport historyImport;
  @Inject CatalogConfig catalogConfig;
  @Inject EntityManager em;

  private long companyId;
  private String token;

  /** Products of the served catalog no order holds yet, sold, in different leaf categories. */
  private Product anchor;

  private Product partner;
  private Product second;
  private Product toHide;
  private Product discontinued;
  private final List<Integer> rules = new ArrayList<>();

  @BeforeEach
  void aCompanyAndProductsOfItsOwn() {
    if (token != null) {
      return;
    }
    Set<String> ordered =
        new HashSet<>(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        em
                            .createNativeQuery("SELECT DISTINCT code_key FROM order_line")
                            .getResultList()
                            .stream()
                            .map(String.class::cast)
                            .toList()));
    List<Product> fresh =
        catalog.allProducts().stream()
            .filter(p -> !p.discontinued() && !ordered.contains(p.codeKey()))
            .sorted(Comparator.comparing(Product::codeKey).reversed())
            .toList();
    Set<String> leaves = new HashSet<>();
    List<Product> picked = new ArrayList<>();
    for (Product p : fresh) {
      if (leaves.add(p.categoryId())) {
        picked.add(p);
      }
      if (picked.size() == 4) {
        break;
      }
    }
    assertThat(picked).as("four products no order holds, in four leaf categories").hasSize(4);
    anchor = picked.get(0);
    partner = picked.get(1);
    second = picked.get(2);
    toHide = picked.get(3);
    discontinued =
        catalog.allProducts().stream()
            .filter(Product::discontinued)
            .min(Comparator.comparing(Product::codeKey))
            .orElseThrow();

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    companyId =
        ((Number)
                as(ADMIN)
                    .body(Map.of("name", "추천상사 " + suffix, "grade", "SILVER"))
                    .post("/api/customers")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    String username = "reco-" + suffix;
    as(ADMIN)
        .body(
            Map.of(
                "username",
                username,
                "password",
                "reco-password-1",
                "displayName",
                "추천 담당",
                "role",
                "CUSTOMER",
                "companyId",
                companyId))
        .post("/api/customers/users")
        .then()
        .statusCode(201);
    for (Product p : List.of(anchor, partner, second, toHide)) {
      long reserved =
          as(WAREHOUSE)
              .get("/api/stock/{code}", p.code())
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("reserved");
      as(WAREHOUSE)
          .body(Map.of("onHand", reserved + 50))
          .put("/api/stock/{code}", p.code())
          .then()
          .statusCode(200);
    }
    token =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", "reco-password-1"))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .path("token");

    // Through the API: the anchor twice with its partner, once with the second product.
    order(Map.of(anchor.code(), 1, partner.code(), 2));
    order(Map.of(anchor.code(), 2, partner.code(), 1));
    order(Map.of(anchor.code(), 1, second.code(), 1));
    // Past orders as the history holds them: with a product discontinued since, and three times
    // with one marketing will hide (so it would rank first were it not hidden).
    pastOrder(anchor, discontinued);
    for (int i = 0; i < 3; i++) {
      pastOrder(anchor, toHide);
    }
    refresh.refresh();
  }

  @org.junit.jupiter.api.AfterAll
  void deleteRules() {
    for (Integer id : rules) {
      as(MARKETING).delete("/api/marketing/rules/{id}", id);
    }
  }

  private RequestSpecification customer() {
    return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
  }

  private void order(Map<String, Integer> lines) {
    customer()
        .body(
            Map.of(
                "channel",
                "WEB",
                "fulfilment",
                "DELIVERY",
                "lines",
                lines.entrySet().stream()
                    .map(e -> Map.of("code", e.getKey(), "quantity", e.getValue()))
                    .toList()))
        .post("/api/orders")
        .then()
        .statusCode(201);
  }

  private void pastOrder(Product... products) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              CustomerCompany company = CustomerCompany.findById(companyId);
              CustomerOrder o = new CustomerOrder();
              o.companyId = companyId;
              o.placedBy =
                  ((Number)
                          em.createNativeQuery("select id from user_account where company_id = ?1")
                              .setParameter(1, companyId)
                              .getSingleResult())
                      .longValue();
              o.channel = Channel.PHONE;
              o.fulfilment = Fulfilment.DELIVERY;
              o.status = OrderStatus.DELIVERED;
              o.createdAt = Instant.now().minus(200, ChronoUnit.DAYS);
              o.updatedAt = o.createdAt;
              int no = 1;
              for (Product p : products) {
                PricedLine priced = PricingRule.price(p.listPrice(), 1, company.grade, 0);
                OrderLine line = new OrderLine();
                line.lineNo = no++;
                line.codeKey = p.codeKey();
                line.code = p.code();
                line.name = p.nameKo();
                line.quantity = 1;
                line.amounts = LineAmounts.of(priced);
                o.lines.add(line);
                o.netTotal += priced.netAmount();
                o.vatTotal += priced.vatAmount();
                o.grossTotal += priced.grossAmount();
              }
              o.persist();
            });
  }

  private static JsonPath boughtWith(String code) {
    return given()
        .queryParam("limit", 24)
        .get("/api/recommendations/products/{code}/bought-together", code)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void boughtTogetherFollowsTheOrdersMostFrequentFirst() {
    JsonPath r = boughtWith(anchor.code());
    assertThat(r.getString("kind")).isEqualTo("bought-together");
    // Three past orders with the product to hide, two with the partner, one with the second.
    assertThat(r.getList("items.code").subList(0, 3))
        .containsExactly(toHide.code(), partner.code(), second.code());
    assertThat(r.getList("items.reason").subList(0, 3)).containsOnly("BOUGHT_TOGETHER");
    assertThat(r.getList("items.code")).doesNotContain(anchor.code());
    // Symmetric: the partner's page proposes the anchor.
    assertThat(boughtWith(partner.code()).getString("items[0].code")).isEqualTo(anchor.code());
    // A cart with the anchor and its partner: neither is proposed again.
    JsonPath cart =
        given()
            .queryParam("code", anchor.code())
            .queryParam("code", partner.code())
            .get("/api/recommendations/bought-together")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(cart.getList("items.code")).doesNotContain(anchor.code(), partner.code());
    assertThat(cart.getList("items.code")).contains(second.code());
  }

  @Test
  void hiddenAndDiscontinuedProductsAreNeverProposed() {
    assertThat(boughtWith(anchor.code()).getList("items.code"))
        .doesNotContain(discontinued.code())
        .contains(toHide.code());
    int rule =
        as(MARKETING)
            .body(
                Map.of(
                    "query",
                    "추천 제외 " + toHide.codeKey(),
                    "action",
                    "HIDE",
                    "product",
                    toHide.code(),
                    "startsAt",
                    Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                    "endsAt",
                    Instant.now().plus(1, ChronoUnit.DAYS).toString()))
            .post("/api/marketing/rules")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    rules.add(rule);
    try {
      assertThat(boughtWith(anchor.code()).getList("items.code"))
          .doesNotContain(toHide.code(), discontinued.code());
      JsonPath cart =
          given()
              .queryParam("code", anchor.code())
              .queryParam("limit", 24)
              .get("/api/recommendations/bought-together")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(cart.getList("items.code")).doesNotContain(toHide.code(), discontinued.code());
      // The company bought both, the hidden one three times: neither is a usual item.
      JsonPath usual =
          customer()
              .queryParam("limit", 24)
              .get("/api/recommendations/usual")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(usual.getList("items.code"))
          .doesNotContain(toHide.code(), discontinued.code())
          .contains(anchor.code());
    } finally {
      as(MARKETING).delete("/api/marketing/rules/{id}", rule).then().statusCode(204);
      rules.remove((Integer) rule);
    }
  }

  @Test
  void usualItemsPutWhatTheCompanyBuysAgainFirst() {
    JsonPath usual =
        customer().get("/api/recommendations/usual").then().statusCode(200).extract().jsonPath();
    assertThat(usual.getString("kind")).isEqualTo("usual");
    // The anchor is in all seven orders.
    assertThat(usual.getString("items[0].code")).isEqualTo(anchor.code());
    assertThat(usual.getString("items[0].reason")).isEqualTo("USUAL");
    assertThat(usual.getList("items")).hasSize(10);
    // Staff name the company; another customer cannot.
    as(COUNSELLOR)
        .queryParam("customerId", companyId)
        .get("/api/recommendations/usual")
        .then()
        .statusCode(200)
        .body("items[0].code", equalTo(anchor.code()));
    as(CUSTOMER)
        .queryParam("customerId", companyId)
        .get("/api/recommendations/usual")
        .then()
        .statusCode(403);
  }

  @Test
  void aProductNobodyOrderedGetsItsFamilyThenItsLeafCategory() {
    Set<String> ordered =
        new HashSet<>(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        em
                            .createNativeQuery("SELECT DISTINCT code_key FROM co_purchase")
                            .getResultList()
                            .stream()
                            .map(String.class::cast)
                            .toList()));
    Product lonely =
        catalog.allProducts().stream()
            .filter(p -> !p.discontinued() && !ordered.contains(p.codeKey()))
            .filter(p -> catalog.family(p).stream().filter(f -> !f.discontinued()).count() >= 2)
            .min(Comparator.comparing(Product::codeKey))
            .orElseThrow(() -> new AssertionError("a family of three nobody ordered"));
    List<String> family =
        catalog.family(lonely).stream()
            .filter(f -> !f.discontinued())
            .map(Product::code)
            .sorted(Comparator.comparing(kr.catalog.model.Keys::codeKey))
            .toList();
    JsonPath r = boughtWith(lonely.code());
    List<String> codes = r.getList("items.code");
    assertThat(codes.subList(0, family.size())).containsExactlyInAnyOrderElementsOf(family);
    assertThat(r.getList("items.reason").subList(0, family.size())).containsOnly("SIMILAR");
    // Then the rest of its leaf category, still SIMILAR, before any best seller.
    String next = codes.get(family.size());
    if (r.getString("items[" + family.size() + "].reason").equals("SIMILAR")) {
      assertThat(catalog.product(next).orElseThrow().categoryId()).isEqualTo(lonely.categoryId());
    }
    assertThat(codes).doesNotContain(lonely.code());
  }

  @Test
  void aCompanyWithoutOrdersGetsTheColdStartOnly() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long empty =
        ((Number)
                as(ADMIN)
                    .body(Map.of("name", "신규상사 " + suffix, "grade", "STANDARD"))
                    .post("/api/customers")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    JsonPath r =
        as(COUNSELLOR)
            .queryParam("customerId", empty)
            .get("/api/recommendations/usual")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getList("items")).hasSize(10);
    assertThat(r.getList("items.reason")).doesNotContain("USUAL", "BOUGHT_TOGETHER");
  }

  @Test
  void badRequestsAreRefusedWithProblems() {
    given()
        .get("/api/recommendations/products/{code}/bought-together", "NO-SUCH-CODE-1")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .queryParam("limit", 0)
        .get("/api/recommendations/products/{code}/bought-together", anchor.code())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("limit"));
    given()
        .queryParam("limit", "abc")
        .get("/api/recommendations/products/{code}/bought-together", anchor.code())
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("limit"));
    given()
        .get("/api/recommendations/bought-together")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().get("/api/recommendations/usual").then().statusCode(401);
    as(WAREHOUSE).get("/api/recommendations/usual").then().statusCode(403);
    as(COUNSELLOR).get("/api/recommendations/usual").then().statusCode(400);
  }

  @Test
  void theSeededHistoryWasImportedOnceAsDeliveredOrders() throws Exception {
    OrderHistory history =
        OrderHistory.read(Path.of(CatalogPaths.catalogDir(catalogConfig).toString()))
            .orElseThrow(() -> new AssertionError("the sample catalog carries its history"));
    Map<String, Object> counts =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Object[] row =
                      (Object[])
                          em.createNativeQuery(
                                  "SELECT count(*), count(*) FILTER (WHERE o.status = 'DELIVERED')"
                                      + " FROM customer_order o JOIN user_account u"
                                      + " ON u.id = o.placed_by WHERE u.username LIKE 'buyer-b%'")
                              .getSingleResult();
                  Map<String, Object> m = new HashMap<>();
                  m.put("orders", ((Number) row[0]).longValue());
                  m.put("delivered", ((Number) row[1]).longValue());
                  return m;
                });
    assertThat(counts.get("orders")).isEqualTo((long) history.orders().size());
    assertThat(counts.get("delivered")).isEqualTo(counts.get("orders"));
    // A second import (another start, another instance) adds nothing.
    assertThat(QuarkusTransaction.requiringNew().call(() -> historyImport.importOnce(history)))
        .isZero();
    // The seeded buyer logs in and finds its usual items.
    String buyer =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username",
                    HistoryImport.username(history.customers().get(0)),
                    "password",
                    HistoryImport.BUYER_PASSWORD))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    given()
        .header("Authorization", "Bearer " + buyer)
        .get("/api/recommendations/usual")
        .then()
        .statusCode(200)
        .body("items[0].reason", equalTo("USUAL"));
  }
}
