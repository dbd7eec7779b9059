package kr.catalog.api.fuzz;

import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.companyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import kr.catalog.api.order.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The four classes of bug of issue #21, point 8, each shown on the endpoint where the review found
 * it and on another one, since the fixes are general (bounds on every paging parameter, strict JSON
 * for every body: {@code kr.catalog.api.rest.StrictJson}): a page that overflowed into a 500, a
 * {@code null} array element that reached a service, a missing number taken as 0, a fraction cut to
 * a whole number. Each is now a 400 problem naming the field.
 */
@QuarkusTest
class StrictRequestsIT {

  // ---- paging overflow ----

  @Test
  void anOrderPageWhoseOffsetOverflowsIsA400NamingPage() {
    as(COUNSELLOR)
        .queryParam("page", "21474837")
        .queryParam("size", "100")
        .get("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("page"));
  }

  @Test
  void theDeepestAllowedPageOfEveryPagedListIsAnsweredNotA5xx() {
    as(COUNSELLOR)
        .queryParam("page", "100000")
        .queryParam("size", "100")
        .get("/api/orders")
        .then()
        .statusCode(200);
    as(MARKETING)
        .queryParam("page", "1000")
        .queryParam("size", "200")
        .get("/api/marketing/audit")
        .then()
        .statusCode(200);
    for (String path : new String[] {"/api/search", "/api/marketing/explain"}) {
      as(MARKETING)
          .queryParam("page", "2147483647")
          .queryParam("size", "100")
          .get(path)
          .then()
          .statusCode(lessThan(500))
          .statusCode(400)
          .body("errors[0].name", equalTo("page"));
    }
  }

  // ---- null elements in arrays ----

  @Test
  void aNullLineInAQuoteIsA400NamingTheElement() {
    as(CUSTOMER)
        .body("{\"lines\":[null]}")
        .post("/api/quotes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("lines[0]"))
        .body("errors[0].reason", equalTo("is required and must not be null"));
  }

  @Test
  void aNullLineInAnOrderIsA400NamingTheElement() {
    as(COUNSELLOR)
        .body(
            "{\"channel\":\"PHONE\",\"fulfilment\":\"PICKUP\",\"customerId\":"
                + companyOf(CUSTOMER)
                + ",\"lines\":[{\"code\":\""
                + Fixtures.MULTIMETER
                + "\",\"quantity\":1},null]}")
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("lines[1]"));
  }

  @Test
  void aNullInASavedSearchListIsA400NamingTheElement() {
    as(MARKETING)
        .body(
            "{\"slug\":\"strict-null\",\"type\":\"NEW\",\"titleKo\":\"신제품\","
                + "\"startsAt\":\"2026-01-01T00:00:00Z\",\"endsAt\":\"2027-01-01T00:00:00Z\","
                + "\"rule\":{\"q\":\"드릴\",\"category\":[null]}}")
        .post("/api/collections")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("rule.category[0]"));
  }

  // ---- missing required numbers ----

  @Test
  void aMissingOnHandIsA400NamingItNotAStockOfZero() {
    long before = onHand(Fixtures.MULTIMETER);
    as(WAREHOUSE)
        .body("{}")
        .put("/api/stock/{code}", Fixtures.MULTIMETER)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("onHand"))
        .body("errors[0].reason", equalTo("is required and must not be null"));
    as(WAREHOUSE)
        .body("{\"onHand\":null}")
        .put("/api/stock/{code}", Fixtures.MULTIMETER)
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("onHand"));
    org.assertj.core.api.Assertions.assertThat(onHand(Fixtures.MULTIMETER)).isEqualTo(before);
  }

  @Test
  void aLineWithoutQuantityIsA400NamingIt() {
    as(CUSTOMER)
        .body("{\"lines\":[{\"code\":\"" + Fixtures.MULTIMETER + "\"}]}")
        .post("/api/quotes")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("lines[0].quantity"));
  }

  // ---- fractions where whole numbers belong ----

  @Test
  void aFractionalQuantityIsA400NotRoundedDown() {
    as(CUSTOMER)
        .body("{\"lines\":[{\"code\":\"" + Fixtures.MULTIMETER + "\",\"quantity\":1.5}]}")
        .post("/api/quotes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("lines[0].quantity"))
        .body("errors[0].reason", equalTo("must be a whole number"));
  }

  @Test
  void aFractionalStockOrPercentIsA400() {
    as(WAREHOUSE)
        .body("{\"onHand\":7.9}")
        .put("/api/stock/{code}", Fixtures.MULTIMETER)
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("onHand"));
    as(MARKETING)
        .body(
            "{\"code\":\""
                + Fixtures.MULTIMETER
                + "\",\"name\":\"반값\",\"percentOff\":10.5,"
                + "\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-01-31\"}")
        .post("/api/promotions")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("percentOff"));
  }

  private static long onHand(String code) {
    return ((Number) as(WAREHOUSE).get("/api/stock/{code}", code).then().extract().path("onHand"))
        .longValue();
  }
}
