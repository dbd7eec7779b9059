package kr.catalog.api.quote;

import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.companyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.catalog.api.order.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quotes: pricing steps on each line, the three input forms, unknown codes, PDF, ordering. */
@QuarkusTest
class QuoteResourceIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

  private static boolean prepared;

  /** Once per JVM (RestAssured knows the test port only from the first test on). */
  @BeforeEach
  void tenPercentOffTheLevelAndStockForConversions() {
    if (prepared) {
      return;
    }
    prepared = true;
    // Idempotent across Quarkus restarts in one JVM: a second identical promotion does not stack
    // (the larger one applies), so the expected prices stay the same.
    as(MARKETING)
        .body(
            Map.of(
                "code",
                Fixtures.LEVEL,
                "name",
                "수평기 10% 할인",
                "percentOff",
                10,
                "startsOn",
                TODAY.minusDays(1).toString(),
                "endsOn",
                TODAY.plusDays(30).toString()))
        .post("/api/promotions")
        .then()
        .statusCode(201);
    as(WAREHOUSE)
        .body(Map.of("onHand", 500))
        .put("/api/stock/{code}", Fixtures.TAPE_MEASURE)
        .then()
        .statusCode(200);
  }

  private static JsonPath quote(String user, Map<String, Object> body) {
    return as(user).body(body).post("/api/quotes").then().statusCode(201).extract().jsonPath();
  }

  @Test
  void cartQuoteShowsEveryPricingStepForAGoldCustomerWithAPromotion() {
    JsonPath q =
        quote(CUSTOMER, Map.of("lines", List.of(Map.of("code", "bl 191 3", "quantity", 12))));
    // Worked out in PricingRuleTest: 10,900 -3% tier -5% GOLD -10% promotion = 9,040 per unit.
    assertThat(q.getMap("lines[0]"))
        .containsEntry("code", Fixtures.LEVEL)
        .containsEntry("quantity", 12)
        .containsEntry("listPrice", (int) Fixtures.LEVEL_PRICE)
        .containsEntry("tierPercent", 3)
        .containsEntry("tierDiscount", 327)
        .containsEntry("gradePercent", 5)
        .containsEntry("gradeDiscount", 529)
        .containsEntry("promoPercent", 10)
        .containsEntry("promoDiscount", 1004)
        .containsEntry("unitPrice", 9040)
        .containsEntry("netAmount", 108480)
        .containsEntry("vatAmount", 10848)
        .containsEntry("grossAmount", 119328);
    assertThat(q.getMap("totals")).containsEntry("net", 108480).containsEntry("gross", 119328);
    assertThat(q.getString("customer.name")).isEqualTo("데모상사");
    assertThat(q.getInt("version")).isEqualTo(1);
    assertThat(q.getString("validUntil")).isEqualTo(TODAY.plusDays(13).toString());
  }

  @Test
  void counsellorQuotesAPastedListForACustomer() {
    long company = companyOf(OTHER_CUSTOMER);
    JsonPath q =
        quote(
            COUNSELLOR,
            Map.of("customerId", company, "pasted", "BL/232-2  2\n\nbl1611\t10개\nBL 191-3, 1"));
    assertThat(q.getList("lines.code"))
        .containsExactly(Fixtures.MULTIMETER, Fixtures.TAPE_MEASURE, Fixtures.LEVEL);
    assertThat(q.getList("lines.quantity")).containsExactly(2, 10, 1);
    // 한빛공구 is STANDARD: no grade discount; 2 multimeters, no tier, no promotion.
    assertThat(q.getLong("lines[0].unitPrice")).isEqualTo(Fixtures.MULTIMETER_PRICE);
    assertThat(q.getLong("lines[0].vatAmount")).isEqualTo(45_860);
    assertThat(q.getString("customer.name")).isEqualTo("한빛공구");
    assertThat(q.getString("createdBy")).isEqualTo("박상담"); // the display name, not the log-in
  }

  @Test
  void counsellorQuotesACsvWithAHeaderRow() {
    JsonPath q =
        quote(
            COUNSELLOR,
            Map.of(
                "customerId",
                companyOf(CUSTOMER),
                "csv",
                "code,quantity\n\"BL/232-2\",3\nBL1611,1\n"));
    assertThat(q.getList("lines.code")).containsExactly(Fixtures.MULTIMETER, Fixtures.TAPE_MEASURE);
    assertThat(q.getList("lines.quantity")).containsExactly(3, 1);
  }

  @Test
  void unknownCodesComeBackListedWithSuggestionsAndNothingIsCreated() {
    int before = as(CUSTOMER).get("/api/quotes").then().extract().jsonPath().getList("id").size();
    as(CUSTOMER)
        .body(Map.of("pasted", "BL/232-2 1\nBL/232 2\nNO-SUCH-THING 1"))
        .post("/api/quotes")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/unresolved-lines"))
        .body("unresolved.lineNo", contains(2, 3))
        .body("unresolved.code", contains("BL/232", "NO-SUCH-THING"))
        .body("unresolved.reason", contains("UNKNOWN_CODE", "UNKNOWN_CODE"))
        .body("unresolved[0].suggestions", hasItem(Fixtures.MULTIMETER));
    int after = as(CUSTOMER).get("/api/quotes").then().extract().jsonPath().getList("id").size();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aPastedLineWithoutQuantityIsRefusedWithItsLineNumber() {
    as(COUNSELLOR)
        .body(Map.of("customerId", companyOf(CUSTOMER), "pasted", "BL/232-2 2\nBL1611"))
        .post("/api/quotes")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("pasted"))
        .body("errors[0].reason", containsString("line 2"));
  }

  @Test
  void invalidCartLinesAreStoppedAtTheEdgeNamingTheField() {
    as(CUSTOMER)
        .body(Map.of("lines", List.of(Map.of("code", "BL1611", "quantity", 0))))
        .post("/api/quotes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("quantity"));
  }

  @Test
  void staffMustNameTheCustomer() {
    as(COUNSELLOR)
        .body(Map.of("lines", List.of(Map.of("code", "BL1611", "quantity", 1))))
        .post("/api/quotes")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("customerId"));
  }

  @Test
  void aCustomerCannotQuoteForAnotherCompany() {
    as(CUSTOMER)
        .body(
            Map.of(
                "customerId",
                companyOf(OTHER_CUSTOMER),
                "lines",
                List.of(Map.of("code", "BL1611", "quantity", 1))))
        .post("/api/quotes")
        .then()
        .statusCode(403)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/other-company"));
  }

  @Test
  void anotherCompanysQuoteIsNotFoundForACustomerButVisibleToStaff() {
    long id =
        quote(CUSTOMER, Map.of("lines", List.of(Map.of("code", "BL1611", "quantity", 1))))
            .getLong("id");
    as(OTHER_CUSTOMER).get("/api/quotes/{id}", id).then().statusCode(404);
    as(OTHER_CUSTOMER).get("/api/quotes/{id}/pdf", id).then().statusCode(404);
    as(COUNSELLOR).get("/api/quotes/{id}", id).then().statusCode(200);
    as(CUSTOMER).get("/api/quotes/{id}", id).then().statusCode(200);
    as(CUSTOMER).get("/api/quotes/999999999").then().statusCode(404);
  }

  @Test
  void thePdfSheetCarriesHeaderLinesDiscountsVatTotalsAndValidity() throws IOException {
    JsonPath q =
        quote(
            CUSTOMER,
            Map.of(
                "lines",
                List.of(Map.of("code", Fixtures.LEVEL, "quantity", 12)),
                "note",
                "팩스 회신 부탁드립니다"));
    byte[] pdf =
        as(CUSTOMER)
            .get("/api/quotes/{id}/pdf", q.getLong("id"))
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // Word gaps come back as single spaces.
      text = new PDFTextStripper().getText(doc).replaceAll(" +", " ");
    }
    assertThat(text)
        .contains("QUOTATION")
        .contains(q.getString("quoteNo"))
        .contains("데모상사")
        .contains("grade GOLD")
        .contains("BL/191-3")
        .contains("10,900")
        .contains("-327 (3%)")
        .contains("-529 (5%)")
        .contains("-1,004 (10%)")
        .contains("9,040")
        .contains("108,480")
        .contains("VAT 10% 10,848 KRW")
        .contains("Total 119,328 KRW")
        .contains("valid until " + TODAY.plusDays(13))
        .contains("팩스 회신 부탁드립니다");
  }

  @Test
  void aLongQuoteContinuesOnFurtherPagesWithEveryLine() throws IOException {
    String pasted = String.join("\n", java.util.Collections.nCopies(70, "BL/232-2 1"));
    long id =
        quote(COUNSELLOR, Map.of("customerId", companyOf(CUSTOMER), "pasted", pasted))
            .getLong("id");
    byte[] pdf = as(COUNSELLOR).get("/api/quotes/{id}/pdf", id).then().extract().asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper last = new PDFTextStripper();
      last.setStartPage(doc.getNumberOfPages());
      String text = last.getText(doc).replaceAll(" +", " ");
      // The header row is repeated, the last line and the totals are on the last page.
      assertThat(text).contains("No Code Name Qty").contains("70 BL/232-2").contains("Total");
    }
  }

  @Test
  void aValidQuoteBecomesAnOrderAtItsQuotedPricesOnce() {
    JsonPath q =
        quote(
            CUSTOMER,
            Map.of("lines", List.of(Map.of("code", Fixtures.TAPE_MEASURE, "quantity", 2))));
    long quoteId = q.getLong("id");
    JsonPath order =
        as(CUSTOMER)
            .body(Map.of("channel", "WEB", "fulfilment", "DELIVERY"))
            .post("/api/quotes/{id}/order", quoteId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(order.getLong("quoteId")).isEqualTo(quoteId);
    assertThat(order.getLong("totals.gross")).isEqualTo(q.getLong("totals.gross"));
    assertThat(order.getLong("lines[0].unitPrice")).isEqualTo(q.getLong("lines[0].unitPrice"));
    as(CUSTOMER)
        .get("/api/quotes/{id}", quoteId)
        .then()
        .body("status", equalTo("ORDERED"))
        .body("orderId", equalTo(order.getInt("id")));
    as(CUSTOMER)
        .body(Map.of("channel", "WEB", "fulfilment", "DELIVERY"))
        .post("/api/quotes/{id}/order", quoteId)
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/already-ordered"))
        .body("detail", containsString("already been ordered"));
  }

  @Test
  void anExpiredQuoteCannotBeOrdered() {
    long quoteId =
        quote(
                CUSTOMER,
                Map.of("lines", List.of(Map.of("code", Fixtures.TAPE_MEASURE, "quantity", 1))))
            .getLong("id");
    LocalDate yesterday = TODAY.minusDays(1);
    QuarkusTransaction.requiringNew()
        .run(() -> Quote.update("validUntil = ?1 where id = ?2", yesterday, quoteId));
    as(CUSTOMER).get("/api/quotes/{id}", quoteId).then().body("expired", equalTo(true));
    as(CUSTOMER)
        .body(Map.of("channel", "WEB", "fulfilment", "PICKUP"))
        .post("/api/quotes/{id}/order", quoteId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/quote-expired"))
        .body("detail", containsString("expired on " + yesterday));
  }

  @Test
  void aRevisionIsTheNextVersionAndSupersedesTheOldOne() {
    JsonPath v1 =
        quote(
            CUSTOMER, Map.of("lines", List.of(Map.of("code", Fixtures.MULTIMETER, "quantity", 1))));
    JsonPath v2 =
        as(CUSTOMER)
            .body(Map.of("lines", List.of(Map.of("code", Fixtures.MULTIMETER, "quantity", 10))))
            .post("/api/quotes/{id}/revisions", v1.getLong("id"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(v2.getString("quoteNo")).isEqualTo(v1.getString("quoteNo"));
    assertThat(v2.getInt("version")).isEqualTo(2);
    assertThat(v2.getInt("lines[0].tierPercent")).isEqualTo(3);
    as(CUSTOMER)
        .get("/api/quotes/{id}", v1.getLong("id"))
        .then()
        .body("status", equalTo("SUPERSEDED"));
    as(CUSTOMER)
        .body(Map.of("channel", "WEB", "fulfilment", "DELIVERY"))
        .post("/api/quotes/{id}/order", v1.getLong("id"))
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/quote-replaced"));
  }
}
