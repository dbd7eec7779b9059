package kr.catalog.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.catalog.search.BackendHealth;
import kr.catalog.search.SearchBackend;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the search backend, with its details (document count; for Elasticsearch the cluster
 * status and nodes). The database check comes from the datasource extension.
 */
@Readiness
@ApplicationScoped
public class SearchBackendHealthCheck implements HealthCheck {

  @Inject SearchBackend backend;

  @Override
  public HealthCheckResponse call() {
    BackendHealth health;
    try {
      health = backend.health();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("search-backend")
          .down()
          .withData("backend", backend.name())
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
    HealthCheckResponseBuilder builder =
        HealthCheckResponse.named("search-backend")
            .status(health.up())
            .withData("backend", backend.name());
    health.details().forEach((key, value) -> builder.withData(key, String.valueOf(value)));
    return builder.build();
  }
}
