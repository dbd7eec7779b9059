package kr.catalog.api.fuzz;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The refusals the hostile-request run found answered in other shapes, each pinned down: wrong JSON
 * types and unknown enum constants in bodies, unconvertible query parameters, media path tricks.
 * Every one is a problem+json naming what was wrong, never echoing the value.
 */
@QuarkusTest
class MalformedInputProblemsIT {

  @Test
  void aWrongTypedBodyFieldIsA400ProblemNamingItsJsonPath() {
    as(COUNSELLOR)
        .body(
            "{\"channel\":\"PHONE\",\"fulfilment\":\"PICKUP\",\"customerId\":1,"
                + "\"lines\":[{\"code\":\"GSB-13RE\",\"quantity\":\"many\"}]}")
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("lines[0].quantity"))
        .body("errors[0].reason", equalTo("must be a whole number"))
        .body(not(containsString("many")));
  }

  @Test
  void anUnknownEnumConstantInABodyListsTheAllowedOnes() {
    as(COUNSELLOR)
        .body("{\"channel\":\"PIGEON\",\"fulfilment\":\"PICKUP\",\"lines\":[]}")
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("channel"))
        .body("errors[0].reason", containsString("PHONE"))
        .body(not(containsString("PIGEON")));
  }

  @Test
  void anArrayWhereTheBodyObjectBelongsIsA400Problem() {
    as(COUNSELLOR)
        .body("[1,2,3]")
        .post("/api/quotes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("body"));
  }

  @Test
  void unparsableJsonIsA400Problem() {
    as(COUNSELLOR)
        .body("{\"channel\":")
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anUnknownOrderStatusFilterIsA400NamingTheParameterNotA404() {
    as(COUNSELLOR)
        .queryParam("status", "LOST_IN_SPACE")
        .get("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("status"))
        .body("errors[0].reason", containsString("RECEIVED"));
    as(COUNSELLOR)
        .queryParam("customerId", "abc")
        .get("/api/orders")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("customerId"));
    as(COUNSELLOR)
        .queryParam("customerId", "abc")
        .get("/api/quotes")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("customerId"));
    as(COUNSELLOR).queryParam("status", "received").get("/api/orders").then().statusCode(200);
  }

  @Test
  void mediaPathTricksAre404ProblemsNot500() {
    for (String path : new String[] {"/media/..%2F..%2F", "/media/%2e%2e/%2e%2e/etc/passwd"}) {
      given()
          .urlEncodingEnabled(false)
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
  }
}
