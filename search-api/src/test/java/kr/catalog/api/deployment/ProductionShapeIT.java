package kr.catalog.api.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.support.ProductionShapeProfile;
import org.junit.jupiter.api.Test;

/**
 * Production serves health, metrics and OpenAPI on the management port only (which nginx never
 * proxies and the deployment keeps off the public network), the main port answers 404 there; the
 * session cookie is {@code Secure}.
 */
@QuarkusTest
@TestProfile(ProductionShapeProfile.class)
class ProductionShapeIT {

  @TestHTTPResource(value = "/q/", management = true)
  URL management;

  @Inject CatalogConfig config;

  @Test
  void healthMetricsAndOpenApiAreNotOnTheMainPort() {
    for (String path :
        new String[] {
          "/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"
        }) {
      assertThat(given().get(path).statusCode()).as(path).isEqualTo(404);
    }
    // The application itself is still there.
    given().get("/api/search?q=drill").then().statusCode(200);
  }

  @Test
  void healthMetricsAndOpenApiAreServedOnTheManagementPort() {
    assertThat(management.getPort()).isNotEqualTo(io.restassured.RestAssured.port);
    String health =
        given().baseUri(base()).get("/q/health").then().statusCode(200).extract().asString();
    assertThat(health).contains("search-backend").contains("\"UP\"");
    // No filesystem path (data directory, index directory) for whoever can read the health answer.
    assertThat(health)
        .doesNotContain(config.dataDir().toAbsolutePath().toString())
        .doesNotContain(config.dataDir().toString());
    given().baseUri(base()).get("/q/health/ready").then().statusCode(200);
    given().get("/api/search?q=drill").then().statusCode(200);
    assertThat(
            given().baseUri(base()).get("/q/metrics").then().statusCode(200).extract().asString())
        .contains("uri=\"/api/search\"");
    given().baseUri(base()).queryParam("format", "json").get("/q/openapi").then().statusCode(200);
    assertThat(given().baseUri(base()).get("/q/swagger-ui/").statusCode()).isEqualTo(404);
  }

  private String base() {
    return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
  }

  @Test
  void theSessionCookieIsSecure() {
    String cookie =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "customer", "password", "customer-demo"))
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .header("Set-Cookie");
    List<String> attributes =
        Arrays.stream(cookie.split(";")).map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
    assertThat(attributes.get(0)).startsWith("catalog_session=");
    assertThat(attributes).contains("secure", "httponly", "samesite=strict");
  }
}
