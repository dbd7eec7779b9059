package kr.catalog.api.account;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import kr.catalog.api.order.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Log-in, sessions, and who may call what: each refusal (401/403) and each permission. */
@QuarkusTest
class AuthorizationIT {

  @Test
  void loginAnswersABearerTokenThatIdentifiesTheUser() {
    String token =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "counsellor", "password", "counsellor-demo"))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .body("role", equalTo("COUNSELLOR"))
            .body("token", notNullValue())
            .extract()
            .path("token");
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("counsellor"))
        .body("role", equalTo("COUNSELLOR"));
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSame401() {
    for (String user : new String[] {"customer", "nobody"}) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("username", user, "password", "wrong"))
          .post("/api/auth/login")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("detail", equalTo("Wrong user name or password."));
    }
  }

  @Test
  void loginWithoutUserNameIsStoppedAtTheEdgeNamingTheField() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("password", "x"))
        .post("/api/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("username"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /api/quotes",
    "GET, /api/quotes",
    "GET, /api/quotes/1",
    "GET, /api/quotes/1/pdf",
    "POST, /api/quotes/1/order",
    "POST, /api/orders",
    "GET, /api/orders",
    "GET, /api/orders/1",
    "POST, /api/orders/1/transitions",
    "GET, /api/auth/me",
    "GET, /api/customers",
    "PUT, /api/stock/BL1611",
    "POST, /api/promotions"
  })
  void anonymousCallsAre401ProblemsWithABearerChallenge(String method, String path) {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .request(method, path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
  }

  @Test
  void anUnknownTokenIs401() {
    given()
        .header("Authorization", "Bearer not-a-session")
        .get("/api/orders")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void logoutEndsTheSession() {
    String token =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "admin", "password", "admin-demo"))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    given().header("Authorization", "Bearer " + token).get("/api/auth/me").then().statusCode(200);
    given()
        .header("Authorization", "Bearer " + token)
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    given().header("Authorization", "Bearer " + token).get("/api/auth/me").then().statusCode(401);
  }

  @Test
  void theSessionCookieWorksLikeTheBearerHeaderForTheStaticUi() {
    String cookie =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "warehouse", "password", "warehouse-demo"))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .cookie("catalog_session");
    given()
        .cookie("catalog_session", cookie)
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("role", equalTo("WAREHOUSE"));
  }

  @ParameterizedTest(name = "{0} may not {1} {2}")
  @CsvSource({
    "warehouse, POST, /api/quotes",
    "marketing, POST, /api/quotes",
    "marketing, POST, /api/orders",
    "warehouse, POST, /api/orders",
    "marketing, GET, /api/orders",
    "customer, GET, /api/customers",
    "warehouse, GET, /api/customers",
    "customer, PUT, /api/stock/BL1611",
    "counsellor, PUT, /api/stock/BL1611",
    "customer, POST, /api/promotions",
    "counsellor, POST, /api/promotions",
    "warehouse, POST, /api/promotions"
  })
  void rolesOutsideAnEndpointsListAre403(String user, String method, String path) {
    as(user)
        .body("{}")
        .request(method, path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void counsellorsAndAdminsListCustomers() {
    as(COUNSELLOR).get("/api/customers").then().statusCode(200).body("name", hasItem("데모상사"));
    as(ADMIN).get("/api/customers").then().statusCode(200).body("name", hasItem("한빛공구"));
  }

  @Test
  void marketingStartsPromotions() {
    as(MARKETING)
        .body(
            Map.of(
                "code", Fixtures.MULTIMETER,
                "name", "2099 spring sale",
                "percentOff", 7,
                "startsOn", "2099-03-01",
                "endsOn", "2099-03-31"))
        .post("/api/promotions")
        .then()
        .statusCode(201)
        .body("codeKey", equalTo("BL2322"))
        .body("percentOff", equalTo(7));
  }

  @Test
  void warehouseSetsStockAndCustomersReadIt() {
    as(WAREHOUSE)
        .body(Map.of("onHand", 500))
        .put("/api/stock/{code}", Fixtures.TAPE_MEASURE)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(500));
    as(CUSTOMER)
        .get("/api/stock/{code}", Fixtures.TAPE_MEASURE)
        .then()
        .statusCode(200)
        .body("code", equalTo("BL1611"));
  }
}
