package kr.catalog.api.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says how to call each operation: the bearer and cookie schemes, the roles of
 * a guarded operation, an explicit empty requirement on public ones, an operationId each, and
 * problem+json answers for 401/403/404. `redocly lint` checks the same document in `verify`.
 */
@QuarkusTest
class OpenApiContractIT {

  private static final java.util.Set<String> METHODS =
      java.util.Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private static JsonPath document() {
    return given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void bearerTokenAndSessionCookieAreDeclared() {
    JsonPath doc = document();
    assertThat(doc.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
    assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
    assertThat(doc.getString("components.securitySchemes.session.type")).isEqualTo("apiKey");
    assertThat(doc.getString("components.securitySchemes.session.in")).isEqualTo("cookie");
    assertThat(doc.getString("components.securitySchemes.session.name"))
        .isEqualTo("catalog_session");
  }

  @Test
  void guardedOperationsNameTheirRolesAndPublicOnesSayNone() {
    JsonPath doc = document();
    List<Map<String, List<String>>> orders = doc.getList("paths.'/api/orders'.get.security");
    assertThat(orders)
        .extracting(r -> r.keySet())
        .containsExactlyInAnyOrder(java.util.Set.of("bearer"), java.util.Set.of("session"));
    assertThat(orders.get(0).values().iterator().next()).contains("CUSTOMER", "ADMIN");
    assertThat(doc.getList("paths.'/api/search'.get.security")).isEmpty();
    assertThat(
            doc.getString(
                "paths.'/api/orders'.get.responses.'401'.content.'application/problem+json'.schema.'$ref'"))
        .isEqualTo("#/components/schemas/Problem");
    assertThat(
            doc.getString(
                "paths.'/api/orders'.get.responses.'403'.content.'application/problem+json'.schema.'$ref'"))
        .isEqualTo("#/components/schemas/Problem");
    assertThat(
            doc.getString(
                "paths.'/api/products/{code}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'"))
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void everyOperationHasAUniqueIdAndASecurityRequirement() {
    JsonPath doc = document();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    List<String> ids = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (!METHODS.contains(method)) {
                    return; // path-level "parameters"
                  }
                  assertThat(operation)
                      .as("%s %s", method, path)
                      .containsKey("operationId")
                      .containsKey("security");
                  ids.add(String.valueOf(operation.get("operationId")));
                }));
    assertThat(ids).hasSizeGreaterThan(40).doesNotHaveDuplicates();
  }
}
