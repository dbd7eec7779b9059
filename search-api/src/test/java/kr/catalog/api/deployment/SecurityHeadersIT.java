package kr.catalog.api.deployment;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.api.order.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Browser-side defences on every answer (a strict Content-Security-Policy, no MIME sniffing, no
 * framing, no referrer to other sites) and {@code Cache-Control: no-store} on private answers.
 */
@QuarkusTest
class SecurityHeadersIT {

  @Test
  void pagesScriptsMediaAndApiAnswersCarryTheSecurityHeaders() {
    for (String path :
        List.of("/", "/index.html", "/js/core.js", "/css/app.css", "/api/search?q=drill", "/x")) {
      Response response = given().get(path);
      String csp = response.header("Content-Security-Policy");
      assertThat(csp).as(path).contains("default-src 'self'").contains("frame-ancestors 'none'");
      assertThat(csp).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
    }
    assertThat(given().get("/media/no-such-file.png").header("X-Content-Type-Options"))
        .isEqualTo("nosniff");
  }

  @Test
  void publicAnswersStayCacheable() {
    assertThat(given().get("/api/search?q=drill").header("Cache-Control")).isNotEqualTo("no-store");
    assertThat(given().get("/api/categories").header("Cache-Control")).isNotEqualTo("no-store");
  }

  @Test
  void privateAnswersAreNotStored() {
    Response login =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", CUSTOMER, "password", CUSTOMER + "-demo"))
            .post("/api/auth/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.header("Cache-Control")).as("log-in answer (token)").isEqualTo("no-store");
    // The quick start runs on plain http://localhost: a Secure cookie would never come back.
    assertThat(
            Arrays.stream(login.header("Set-Cookie").split(";"))
                .map(a -> a.strip().toLowerCase(Locale.ROOT)))
        .doesNotContain("secure");

    int quote =
        as(CUSTOMER)
            .body(Map.of("lines", List.of(Map.of("code", Fixtures.MULTIMETER, "quantity", 1))))
            .post("/api/quotes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String path :
        List.of(
            "/api/auth/me",
            "/api/orders",
            "/api/quotes/" + quote,
            "/api/quotes/" + quote + "/pdf")) {
      Response response = as(CUSTOMER).get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.header("Cache-Control")).as(path).isEqualTo("no-store");
    }
    // The session cookie alone (the UI's way) is private too.
    Response byCookie =
        given().cookie("catalog_session", login.path("token").toString()).get("/api/orders");
    assertThat(byCookie.statusCode()).isEqualTo(200);
    assertThat(byCookie.header("Cache-Control")).isEqualTo("no-store");
  }
}
