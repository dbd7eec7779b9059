package kr.catalog.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The production settings that change what a client sees, on the test's database and Lucene: the
 * management interface (the container image builds with it on) serving health, metrics and OpenAPI
 * on their own port, a random free one here; Swagger UI off; the session cookie {@code Secure}.
 */
public class ProductionShapeProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.management.enabled", "true",
        "quarkus.management.test-port", "0",
        "quarkus.swagger-ui.enabled", "false",
        "commerce.session-cookie-secure", "true");
  }
}
