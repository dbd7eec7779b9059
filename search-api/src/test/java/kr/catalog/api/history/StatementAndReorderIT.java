package kr.catalog.api.history;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.order.Channel;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.Fulfilment;
import kr.catalog.api.order.OrderLine;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.pricing.LineAmounts;
import kr.catalog.api.pricing.PricedLine;
import kr.catalog.api.pricing.PricingRule;
import kr.catalog.model.Product;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The statement and reorder on PostgreSQL, for a company of their own (so other tests' orders never
 * enter its totals): totals are the sums of the orders' lines, cancelled orders are listed and not
 * counted, every format says the same, and a reorder names each change.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementAndReorderIT {
  private static final String MICROMETER = "BL/249-9";
  private static final String MULTIMETER = "BL/232-2";

  @Inject CatalogView catalog;

  private long companyId;
  private String token;

  /** Once, before the first test (RestAssured knows the test port only from the first test on). */
  @BeforeEach
  void aCompanyOfItsOwn() {
    if (token != null) {
      return;
    }
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    companyId =
        ((Number)
                as(ADMIN)
                    .body(Map.of("name", "거래내역상사 " + suffix, "grade", "GOLD"))
                    .post("/api/customers")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    String username = "history-" + suffix;
    as(ADMIN)
        .body(
            Map.of(
                "username",
                username,
                "password",
                "history-password-1",
                "displayName",
                "거래 담당",
                "role",
                "CUSTOMER",
                "companyId",
                companyId))
        .post("/api/customers/users")
        .then()
        .statusCode(201);
    for (String code : List.of(MICROMETER, MULTIMETER)) {
      as(WAREHOUSE)
          .body(Map.of("onHand", reserved(code) + 50))
          .put("/api/stock/{code}", code)
          .then()
          .statusCode(200);
    }
    token =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", "history-password-1"))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
  }

  private static long reserved(String code) {
    return as(WAREHOUSE)
        .get("/api/stock/{code}", code)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("reserved");
  }

  private RequestSpecification customer() {
    return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
  }

  private long order(Map<String, Integer> lines) {
    return ((Number)
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
                .statusCode(201)
                .extract()
                .path("id"))
        .longValue();
  }

  @Test
  void theStatementsTotalsAreTheSumsOfTheOrdersLinesInEveryFormat() throws Exception {
    long first = order(Map.of(MICROMETER, 3));
    long second = order(Map.of(MICROMETER, 1, MULTIMETER, 2));
    long cancelled = order(Map.of(MULTIMETER, 1));
    customer()
        .body(Map.of("to", "CANCELLED"))
        .post("/api/orders/{id}/transitions", cancelled)
        .then()
        .statusCode(200);
    long quote =
        ((Number)
                customer()
                    .body(Map.of("pasted", MULTIMETER + " 4"))
                    .post("/api/quotes")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();

    JsonPath s = customer().get("/api/statements").then().statusCode(200).extract().jsonPath();
    assertThat(s.getLong("customer.id")).isEqualTo(companyId);
    assertThat(s.getList("months")).hasSize(12);
    assertThat(s.getList("orders.id", Long.class)).containsExactly(first, second, cancelled);
    assertThat(s.getList("orders.counted", Boolean.class)).containsExactly(true, true, false);

    // Each order's amounts are the sums of its lines as the order itself shows them.
    long net = 0;
    long vat = 0;
    long gross = 0;
    for (long id : List.of(first, second)) {
      JsonPath o = customer().get("/api/orders/{id}", id).then().extract().jsonPath();
      long lineNet = o.getList("lines.netAmount", Long.class).stream().mapToLong(x -> x).sum();
      long lineVat = o.getList("lines.vatAmount", Long.class).stream().mapToLong(x -> x).sum();
      long lineGross = o.getList("lines.grossAmount", Long.class).stream().mapToLong(x -> x).sum();
      Map<String, Object> inStatement =
          s.getList("orders", Map.class).stream()
              .filter(m -> ((Number) m.get("id")).longValue() == id)
              .findFirst()
              .orElseThrow();
      assertThat(((Number) ((Map<?, ?>) inStatement.get("amounts")).get("gross")).longValue())
          .isEqualTo(lineGross);
      net += lineNet;
      vat += lineVat;
      gross += lineGross;
    }
    assertThat(gross).isEqualTo(net + vat).isPositive();
    assertThat(s.getLong("totals.net")).isEqualTo(net);
    assertThat(s.getLong("totals.vat")).isEqualTo(vat);
    assertThat(s.getLong("totals.gross")).isEqualTo(gross);
    String thisMonth = YearMonth.now(ZoneId.of(s.getString("zone"))).toString();
    assertThat(s.getString("months[11].month")).isEqualTo(thisMonth);
    assertThat(s.getInt("months[11].orders")).isEqualTo(2);
    assertThat(s.getInt("months[11].cancelled")).isEqualTo(1);
    // (The quote test of this class may have quoted for the company this month too.)
    assertThat(s.getList("quotes.id", Long.class)).contains(quote);
    assertThat(s.getInt("months[11].quotes")).isEqualTo(s.getList("quotes").size());
    assertThat(s.getLong("months[11].amounts.gross")).isEqualTo(gross);

    // The CSV: a byte order mark, then one table whose period row carries the same totals.
    byte[] csvBytes =
        customer()
            .get("/api/statements/csv")
            .then()
            .statusCode(200)
            .header("Content-Disposition", containsString("attachment; filename=\"statement-"))
            .extract()
            .asByteArray();
    String csv = new String(csvBytes, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFkind,month,");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords();
    assertThat(rows.stream().filter(r -> r.get("kind").equals("order"))).hasSize(3);
    CSVRecord period = rows.get(rows.size() - 1);
    assertThat(period.get("kind")).isEqualTo("period");
    assertThat(period.get("number")).startsWith("거래내역상사");
    assertThat(Long.parseLong(period.get("gross"))).isEqualTo(gross);
    assertThat(Long.parseLong(period.get("net"))).isEqualTo(net);

    // The PDF: the months table ends with the same total, and the company is named.
    byte[] pdf =
        customer()
            .get("/api/statements/pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll(" +", " ");
      assertThat(text)
          .contains("STATEMENT")
          .contains(String.format(java.util.Locale.ROOT, "%,d", gross));
    }

    // A counsellor names the company and sees the same statement.
    as(COUNSELLOR)
        .queryParam("customerId", companyId)
        .get("/api/statements")
        .then()
        .statusCode(200)
        .body("totals.gross", equalTo((int) gross));
  }

  @Test
  void whoMayReadAStatementAndWhatPeriodIsRefused() {
    as(COUNSELLOR)
        .get("/api/statements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("customerId"));
    as(WAREHOUSE).get("/api/statements").then().statusCode(403);
    as(CUSTOMER).queryParam("customerId", companyId).get("/api/statements").then().statusCode(403);
    given().get("/api/statements").then().statusCode(401);
    for (var bad :
        List.of(
            Map.of("from", "2026-13"),
            Map.of("from", "<script>"),
            Map.of("from", "2026-05", "to", "2026-04"),
            Map.of("from", "2000-01", "to", "2026-01"))) {
      customer()
          .queryParams(bad)
          .get("/api/statements")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    JsonPath oneMonth =
        customer()
            .queryParam("from", "2020-02")
            .queryParam("to", "2020-02")
            .get("/api/statements")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(oneMonth.getList("months")).hasSize(1);
    assertThat(oneMonth.getList("orders")).isEmpty();
    assertThat(oneMonth.getLong("totals.gross")).isZero();
  }

  @Test
  void aReorderPricesTheLinesTodayAndNamesEachChange() {
    Product discontinued =
        catalog.allProducts().stream()
            .filter(Product::discontinued)
            .filter(p -> catalog.family(p).stream().anyMatch(f -> !f.discontinued()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sample has a discontinued variant"));
    Product micrometer = catalog.product(MICROMETER).orElseThrow();
    Product multimeter = catalog.product(MULTIMETER).orElseThrow();
    // Last year's order, as the order history holds it: the micrometer at a lower price then, a
    // discontinued product, the multimeter at today's price, and a code the catalog dropped.
    long old =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  CustomerCompany company = CustomerCompany.findById(companyId);
                  CustomerOrder o = new CustomerOrder();
                  o.companyId = companyId;
                  o.placedBy =
                      ((Number)
                              CustomerOrder.getEntityManager()
                                  .createNativeQuery(
                                      "select id from user_account where company_id = ?1")
                                  .setParameter(1, companyId)
                                  .getSingleResult())
                          .longValue();
                  o.channel = Channel.PHONE;
                  o.fulfilment = Fulfilment.DELIVERY;
                  o.status = OrderStatus.ACCEPTED;
                  o.createdAt = Instant.parse("2025-11-03T01:00:00Z");
                  o.updatedAt = o.createdAt;
                  addLine(o, 1, micrometer.code(), micrometer.nameKo(), 30_000, 2, company);
                  addLine(o, 2, discontinued.code(), discontinued.nameKo(), 1_000, 1, company);
                  addLine(
                      o,
                      3,
                      multimeter.code(),
                      multimeter.nameKo(),
                      multimeter.listPrice(),
                      3,
                      company);
                  addLine(o, 4, "NO-SUCH-CODE-9", "폐기된 품목", 5_000, 1, company);
                  o.persist();
                  return o.id;
                });
    JsonPath r =
        customer()
            .get("/api/reorders/orders/{id}", old)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getString("source")).isEqualTo("order");
    assertThat(r.getList("lines")).hasSize(3);
    assertThat(r.getString("lines[0].code")).isEqualTo(micrometer.code());
    assertThat(r.getList("lines[0].changes.kind")).containsExactly("PRICE_UP");
    assertThat(r.getLong("lines[0].unitPrice"))
        .isGreaterThan(r.getLong("lines[0].previousUnitPrice"));
    assertThat(r.getString("lines[1].replaces")).isEqualTo(discontinued.code());
    assertThat(r.getString("lines[1].code")).isNotEqualTo(discontinued.code());
    assertThat(catalog.product(r.getString("lines[1].code")).orElseThrow().family())
        .isEqualTo(discontinued.family());
    assertThat(r.getList("lines[1].changes.kind")).contains("REPLACED");
    assertThat(r.getList("lines[2].changes.kind")).isEmpty();
    assertThat(r.getList("omitted.code")).containsExactly("NO-SUCH-CODE-9");
    assertThat(r.getList("omitted.reason")).containsExactly("NOT_IN_CATALOG");
    long sum = r.getList("lines.grossAmount", Long.class).stream().mapToLong(x -> x).sum();
    assertThat(r.getLong("totals.gross")).isEqualTo(sum);

    // Sold out since: named, and still offered (ordering it waits for stock).
    long reserved = reserved(MULTIMETER);
    as(WAREHOUSE)
        .body(Map.of("onHand", reserved))
        .put("/api/stock/{code}", MULTIMETER)
        .then()
        .statusCode(200);
    try {
      customer()
          .get("/api/reorders/orders/{id}", old)
          .then()
          .statusCode(200)
          .body("lines[2].changes[0].kind", equalTo("OUT_OF_STOCK"))
          .body("lines[2].available", equalTo(0));
    } finally {
      as(WAREHOUSE)
          .body(Map.of("onHand", reserved + 50))
          .put("/api/stock/{code}", MULTIMETER)
          .then()
          .statusCode(200);
    }
    // Another company's order is not there for this customer, nor for a warehouse clerk.
    as(CUSTOMER).get("/api/reorders/orders/{id}", old).then().statusCode(404);
    as(WAREHOUSE).get("/api/reorders/orders/{id}", old).then().statusCode(403);
    as(COUNSELLOR).get("/api/reorders/orders/{id}", old).then().statusCode(200);
  }

  @Test
  void aQuoteCanBeReorderedToo() {
    long quote =
        ((Number)
                customer()
                    .body(Map.of("pasted", MICROMETER + " 2\n" + MULTIMETER + " 1"))
                    .post("/api/quotes")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    JsonPath r =
        customer()
            .get("/api/reorders/quotes/{id}", quote)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getString("source")).isEqualTo("quote");
    assertThat(r.getList("lines.code")).containsExactly(MICROMETER, MULTIMETER);
    assertThat(r.getList("lines.quantity", Integer.class)).containsExactly(2, 1);
    // Priced the same day for the same company: nothing changed.
    assertThat(r.getList("lines.changes.kind", List.class)).allMatch(List::isEmpty);
  }

  private static void addLine(
      CustomerOrder order,
      int lineNo,
      String code,
      String name,
      long listPrice,
      int quantity,
      CustomerCompany company) {
    PricedLine p = PricingRule.price(listPrice, quantity, company.grade, 0);
    OrderLine line = new OrderLine();
    line.lineNo = lineNo;
    line.codeKey = kr.catalog.model.Keys.codeKey(code);
    line.code = code;
    line.name = name;
    line.quantity = quantity;
    line.amounts = LineAmounts.of(p);
    order.lines.add(line);
    order.netTotal += p.netAmount();
    order.vatTotal += p.vatAmount();
    order.grossTotal += p.grossAmount();
  }
}
