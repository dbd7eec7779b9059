package kr.catalog.api.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import kr.catalog.testharness.PostgresServer;
import kr.catalog.testharness.TestServers;

/**
 * Points the {@code %test} datasource at the real PostgreSQL of the test harness. The server is
 * started once per test JVM and shared by every Quarkus application the tests start; the harness
 * stops it when the JVM exits. Declared here, it applies to every {@code @QuarkusTest} (test
 * resources are global unless restricted).
 */
@QuarkusTestResource(PostgresTestResource.class)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    PostgresServer postgres = TestServers.postgres();
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
        "quarkus.datasource.username", postgres.username(),
        "quarkus.datasource.password", postgres.password());
  }

  @Override
  public void stop() {
    // Shared across applications: the harness stops it at JVM exit.
  }
}
