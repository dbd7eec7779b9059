package kr.catalog.api.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service skeleton: health with database and search backend, OpenAPI, metrics, the UI. */
@QuarkusTest
class HealthAndDocsIT {

  /** The backend this application runs on; subclasses with another test profile override it. */
  protected String expectedBackend() {
    return "lucene";
  }

  @Test
  void healthIsUpWithDatabaseAndSearchBackendChecks() {
    given()
        .when()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("search-backend"))
        .body("checks.name", hasItem("Database connections health check"))
        .body(
            "checks.find { it.name == 'search-backend' }.data.backend", equalTo(expectedBackend()));
  }

  @Test
  void openApiDescribesTheSearchEndpoint() {
    given()
        .queryParam("format", "json")
        .when()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/search"));
  }

  @Test
  void openApiListsEveryProblemTypeAndAnErrorAnswerPerOperation() {
    io.restassured.path.json.JsonPath doc =
        given()
            .queryParam("format", "json")
            .when()
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .body("paths", hasKey("/api/quotes/{id}/order"))
            .extract()
            .jsonPath();
    java.util.List<String> types =
        doc.getList("components.schemas.Problem.properties.type.enum", String.class);
    // Every refusal a service can state is documented, by the type clients receive.
    for (kr.catalog.api.refusal.Refusal refusal : kr.catalog.api.refusal.Refusal.values()) {
      org.assertj.core.api.Assertions.assertThat(types).contains("/problems/" + refusal.slug());
    }
    org.assertj.core.api.Assertions.assertThat(types)
        .contains(
            "/problems/quote-expired", "/problems/invalid-request", "/problems/search-unavailable");
    org.assertj.core.api.Assertions.assertThat(
            doc.getString(
                "paths.'/api/quotes/{id}/order'.post.responses.default.content.'application/problem+json'.schema.'$ref'"))
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void swaggerUiIsServed() {
    given().when().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void metricsIncludeRequestLatencyPerEndpoint() {
    given().when().get("/api/search?q=drill").then().statusCode(200);
    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    org.assertj.core.api.Assertions.assertThat(metrics)
        .contains("http_server_requests_seconds_count")
        .contains("uri=\"/api/search\"");
  }

  @Test
  void staticUiIsServedByTheApi() {
    given()
        .when()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(org.hamcrest.Matchers.containsString("text/html"))
        .body(org.hamcrest.Matchers.containsString("산업용품 카탈로그"));
  }
}
