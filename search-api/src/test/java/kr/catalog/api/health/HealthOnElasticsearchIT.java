package kr.catalog.api.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;
import org.junit.jupiter.api.Test;

/** The same skeleton checks on the Elasticsearch backend, plus the cluster status in health. */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class HealthOnElasticsearchIT extends HealthAndDocsIT {

  @Override
  protected String expectedBackend() {
    return "elasticsearch";
  }

  @Test
  void healthShowsTheElasticsearchClusterStatus() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'search-backend' }.data.status", equalTo("green"))
        .body("checks.find { it.name == 'search-backend' }.data.nodes", equalTo("1"));
  }
}
