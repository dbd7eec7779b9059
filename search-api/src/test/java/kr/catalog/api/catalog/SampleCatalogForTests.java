package kr.catalog.api.catalog;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import kr.catalog.sample.SampleCatalog;

/**
 * Writes the bundled sample catalog where {@link CatalogBootstrap} will read it before it does, as
 * {@code ./run.sh} does before the API starts: the API itself never generates a catalog, and
 * catalog-sample is on the tests' class path only. That is the data directory, or, for a profile
 * that serves a catalog made elsewhere ({@code catalog.bootstrap.catalog-dir}), that catalog's
 * output directory (its {@code catalog} and {@code media}). Later starts find the sample unchanged
 * and only read it.
 */
@ApplicationScoped
public class SampleCatalogForTests {
  @Inject CatalogConfig config;

  void ensure(@Observes @Priority(Interceptor.Priority.APPLICATION - 1) StartupEvent event) {
    SampleCatalog.ensure(CatalogPaths.catalogDir(config).getParent());
  }
}
