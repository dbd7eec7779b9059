package kr.catalog.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import kr.catalog.api.security.Sessions;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: a state-changing request that a foreign page could make a browser
 * send (with the session cookie, or a log-in) is refused unless its {@code Origin} (else {@code
 * Referer}) is this site or a configured one ({@code %test.catalog.auth.allowed-origins}). Log-out
 * is the probe: refused, the session lives on; let through, it ends.
 */
@QuarkusTest
class OriginCheckIT {

  @TestHTTPResource("/")
  URL root;

  private String ownOrigin() {
    return "http://" + root.getHost() + ":" + root.getPort();
  }

  private static String cookieOf(String user) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user, "password", user + "-demo"))
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .cookie("catalog_session");
  }

  private static RequestSpecification withCookie(String cookie) {
    return given().cookie("catalog_session", cookie);
  }

  private static void stillLoggedIn(String cookie) {
    withCookie(cookie).get("/api/auth/me").then().statusCode(200);
  }

  @Test
  void aCookieRequestFromAnotherSiteIsRefusedAndChangesNothing() {
    String cookie = cookieOf(Sessions.WAREHOUSE);
    withCookie(cookie)
        .header("Origin", "https://evil.example")
        .post("/api/auth/logout")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/cross-origin-request"));
    withCookie(cookie)
        .header("Referer", "https://evil.example/page.html")
        .post("/api/auth/logout")
        .then()
        .statusCode(403);
    withCookie(cookie).header("Origin", "null").post("/api/auth/logout").then().statusCode(403);
    // A look-alike: the same host name under another scheme or port is another origin.
    withCookie(cookie)
        .header("Origin", ownOrigin().replace("http:", "https:"))
        .post("/api/auth/logout")
        .then()
        .statusCode(403);
    stillLoggedIn(cookie);
  }

  @Test
  void aCookieRequestWithoutOriginOrRefererIsRefused() {
    String cookie = cookieOf(Sessions.WAREHOUSE);
    withCookie(cookie).post("/api/auth/logout").then().statusCode(403);
    stillLoggedIn(cookie);
  }

  @Test
  void theSitesOwnPagesPass() {
    String cookie = cookieOf(Sessions.WAREHOUSE);
    withCookie(cookie)
        .header("Referer", ownOrigin() + "/warehouse.html")
        .get("/api/auth/me")
        .then()
        .statusCode(200);
    withCookie(cookie)
        .header("Origin", ownOrigin())
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    withCookie(cookie).get("/api/auth/me").then().statusCode(401);

    String other = cookieOf(Sessions.WAREHOUSE);
    withCookie(other)
        .header("Referer", ownOrigin() + "/warehouse.html?x=1")
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
  }

  @Test
  void aConfiguredOriginPassesAndTheOriginBehindATrustedProxyIsTheOneTheClientSaw() {
    String cookie = cookieOf(Sessions.WAREHOUSE);
    withCookie(cookie)
        .header("Origin", "https://catalog.example.test")
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    // nginx terminating TLS for https://shop.example.test: the API sees http, but the trusted
    // proxy (127.0.0.1 in tests) says https and passes the Host.
    String proxied = cookieOf(Sessions.WAREHOUSE);
    withCookie(proxied)
        .header("Host", "shop.example.test")
        .header("X-Forwarded-Proto", "https")
        .header("Origin", "https://shop.example.test")
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
  }

  @Test
  void bearerClientsWithoutCookieOrOriginPassAndAForeignLogInIsRefused() {
    // Scripts and API clients: no cookie, no Origin. Not forgeable by a foreign page.
    Sessions.as(Sessions.WAREHOUSE).get("/api/auth/me").then().statusCode(200);
    String token =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "warehouse", "password", "warehouse-demo"))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    given()
        .header("Authorization", "Bearer " + token)
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    // A foreign page logging the browser in to the attacker's account ("login CSRF").
    given()
        .contentType(ContentType.JSON)
        .header("Origin", "https://evil.example")
        .body(Map.of("username", "warehouse", "password", "warehouse-demo"))
        .post("/api/auth/login")
        .then()
        .statusCode(403)
        .body("type", equalTo("/problems/cross-origin-request"));
  }
}
