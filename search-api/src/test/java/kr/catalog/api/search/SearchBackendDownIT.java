package kr.catalog.api.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.support.UnreachableElasticsearchProfile;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;

/** With the search backend unreachable the API stays up and says so, quickly and clearly. */
@QuarkusTest
@TestProfile(UnreachableElasticsearchProfile.class)
class SearchBackendDownIT {

  @Inject CatalogView catalog;

  /** A hang would fail here instead of stalling the build: the client gives up after 10 s. */
  private static final RestAssuredConfig NO_HANG =
      RestAssured.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.socket.timeout", 10_000)
                  .setParam("http.connection.timeout", 10_000));

  @Test
  void searchAnswers503ProblemWithRetryAfter() {
    given()
        .config(NO_HANG)
        .queryParam("q", "드릴")
        .when()
        .get("/api/search")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body("type", equalTo("/problems/search-unavailable"));
  }

  @Test
  void readinessReportsTheSearchBackendDown() {
    given()
        .config(NO_HANG)
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'search-backend' }.status", equalTo("DOWN"));
  }

  @Test
  void productPagesStillAnswerFromTheCatalog() {
    // The catalog itself is loaded even when it cannot be indexed: a product of it has its page,
    // with its maker and price, while searching answers 503.
    Product product =
        catalog.allProducts().stream().filter(p -> !p.discontinued()).findFirst().orElseThrow();
    given()
        .config(NO_HANG)
        .when()
        .get("/api/products/{code}", product.code())
        .then()
        .statusCode(200)
        .body("code", equalTo(product.code()))
        .body("maker.id", equalTo(product.makerId()))
        .body("price", equalTo((int) product.listPrice()));
    given().config(NO_HANG).when().get("/api/products/no-such-code").then().statusCode(404);
  }
}
