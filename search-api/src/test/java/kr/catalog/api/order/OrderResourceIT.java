package kr.catalog.api.order;

import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.companyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Order intake: pricing, stock reservation, idempotent retries, who placed it for whom, history.
 */
@QuarkusTest
class OrderResourceIT {

  private static Map<String, Object> order(String channel, int quantity) {
    return Map.of(
        "channel",
        channel,
        "fulfilment",
        "DELIVERY",
        "lines",
        List.of(Map.of("code", Fixtures.MICROMETER, "quantity", quantity)));
  }

  private static long available() {
    return as(WAREHOUSE)
        .get("/api/stock/{code}", Fixtures.MICROMETER)
        .then()
        .extract()
        .jsonPath()
        .getLong("available");
  }

  @BeforeEach
  void plentyOfMicrometers() {
    long reserved =
        as(WAREHOUSE)
            .get("/api/stock/{code}", Fixtures.MICROMETER)
            .then()
            .extract()
            .jsonPath()
            .getLong("reserved");
    as(WAREHOUSE)
        .body(Map.of("onHand", reserved + 100))
        .put("/api/stock/{code}", Fixtures.MICROMETER)
        .then()
        .statusCode(200);
  }

  @Test
  void aCustomerOrderIsAcceptedPricedAndReservesItsStock() {
    JsonPath o =
        as(CUSTOMER)
            .body(order("WEB", 3))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(o.getString("status")).isEqualTo("RECEIVED");
    assertThat(o.getString("channel")).isEqualTo("WEB");
    assertThat(o.getString("customer.name")).isEqualTo("데모상사");
    assertThat(o.getString("placedBy.role")).isEqualTo("CUSTOMER");
    // 37,100 at GOLD: -5% (1,855) = 35,245 per unit; x3 = 105,735; VAT 10,574 (10,573.5 up).
    assertThat(o.getLong("lines[0].unitPrice")).isEqualTo(35_245);
    assertThat(o.getLong("totals.net")).isEqualTo(105_735);
    assertThat(o.getLong("totals.vat")).isEqualTo(10_574);
    assertThat(o.getLong("totals.gross")).isEqualTo(116_309);
    assertThat(o.getString("deliveryAddress")).isEqualTo("서울특별시 중구 세종대로 110");
    assertThat(o.getList("timeline.to")).containsExactly("RECEIVED");
    assertThat(available()).isEqualTo(97);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheSameOrderAndReservesOnce() {
    String key = UUID.randomUUID().toString();
    int first =
        as(CUSTOMER)
            .header("Idempotency-Key", key)
            .body(order("MOBILE", 4))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(CUSTOMER)
        .header("Idempotency-Key", key)
        .body(order("MOBILE", 4))
        .post("/api/orders")
        .then()
        .statusCode(200)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    assertThat(available()).isEqualTo(96);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedWith422() {
    String key = UUID.randomUUID().toString();
    as(CUSTOMER)
        .header("Idempotency-Key", key)
        .body(order("WEB", 1))
        .post("/api/orders")
        .then()
        .statusCode(201);
    as(CUSTOMER)
        .header("Idempotency-Key", key)
        .body(order("WEB", 2))
        .post("/api/orders")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/idempotency-key-reused"))
        .body("detail", containsString("Idempotency-Key"));
    assertThat(available()).isEqualTo(99);
  }

  @Test
  void moreThanTheStockIsRefusedWith409AndReservesNothing() {
    as(CUSTOMER)
        .body(order("WEB", 101))
        .post("/api/orders")
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/out-of-stock"))
        .body("detail", equalTo("Not enough stock for BL/249-9: 100 available, 101 ordered."));
    assertThat(available()).isEqualTo(100);
  }

  @Test
  void aCounsellorPlacesAPhoneOrderForACustomerAndBothAreRecorded() {
    long company = companyOf(OTHER_CUSTOMER);
    Map<String, Object> body =
        Map.of(
            "channel",
            "PHONE",
            "fulfilment",
            "PICKUP",
            "customerId",
            company,
            "lines",
            List.of(Map.of("code", "bl249-9", "quantity", 1)));
    JsonPath o =
        as(COUNSELLOR).body(body).post("/api/orders").then().statusCode(201).extract().jsonPath();
    assertThat(o.getLong("customer.id")).isEqualTo(company);
    assertThat(o.getString("placedBy.role")).isEqualTo("COUNSELLOR");
    assertThat(o.getString("channel")).isEqualTo("PHONE");
    // 한빛공구 is STANDARD: the list price.
    assertThat(o.getLong("lines[0].unitPrice")).isEqualTo(Fixtures.MICROMETER_PRICE);
    // Visible to the customer it was placed for, in their history.
    as(OTHER_CUSTOMER).get("/api/orders").then().body("id", hasItem(o.getInt("id")));
    as(CUSTOMER).get("/api/orders").then().body("id", not(hasItem(o.getInt("id"))));
    as(CUSTOMER)
        .get("/api/orders/{id}", o.getLong("id"))
        .then()
        .statusCode(404)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/order-not-found"));
  }

  @Test
  void customersCannotUseStaffChannels() {
    as(CUSTOMER)
        .body(order("FAX", 1))
        .post("/api/orders")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("channel"));
  }

  @Test
  void invalidOrdersAreStoppedAtTheEdgeNamingTheField() {
    as(CUSTOMER)
        .body(Map.of("fulfilment", "DELIVERY", "lines", List.of()))
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("channel"))
        .body("errors.name", hasItem("lines"));
  }

  @Test
  void unknownCodesInAnOrderAreListedAndNothingIsReserved() {
    as(CUSTOMER)
        .body(
            Map.of(
                "channel",
                "WEB",
                "fulfilment",
                "DELIVERY",
                "lines",
                List.of(
                    Map.of("code", Fixtures.MICROMETER, "quantity", 1),
                    Map.of("code", "ZZ-404", "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(422)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/unresolved-lines"))
        .body("unresolved[0].code", equalTo("ZZ-404"));
    assertThat(available()).isEqualTo(100);
  }

  @Test
  void unknownOrderIdIs404() {
    as(WAREHOUSE).get("/api/orders/987654321").then().statusCode(404);
  }
}
