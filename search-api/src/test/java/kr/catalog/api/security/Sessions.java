package kr.catalog.api.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs the seeded demo accounts in (once each per test JVM) and hands out requests that carry their
 * bearer token. The database outlives Quarkus restarts within the JVM, so do the sessions.
 */
public final class Sessions {
  public static final String CUSTOMER = "customer";
  public static final String OTHER_CUSTOMER = "customer2";
  public static final String COUNSELLOR = "counsellor";
  public static final String MARKETING = "marketing";
  public static final String WAREHOUSE = "warehouse";
  public static final String ADMIN = "admin";

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private Sessions() {}

  /** The bearer token of a demo account. */
  public static String token(String username) {
    return TOKENS.computeIfAbsent(
        username,
        u ->
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("username", u, "password", u + "-demo"))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("token"));
  }

  /** A JSON request as this demo account. */
  public static RequestSpecification as(String username) {
    return given()
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer " + token(username));
  }

  /** The customer company id of a demo customer account. */
  public static long companyOf(String username) {
    return ((Number) as(username).get("/api/auth/me").then().extract().path("companyId"))
        .longValue();
  }
}
