package kr.catalog.api.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.ingest.Catalog;
import kr.catalog.ingest.CatalogStore;
import kr.catalog.ingest.SampleCatalog;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchUnavailableException;
import org.jboss.logging.Logger;

/**
 * Loads the catalog into the search backend at start-up: the canonical catalog directory when one
 * is configured, else the bundled sample catalog (generated and ingested on first start). An
 * unchanged catalog that is already indexed is not indexed again.
 */
@ApplicationScoped
public class CatalogBootstrap {
  private static final Logger LOG = Logger.getLogger(CatalogBootstrap.class);

  @Inject CatalogConfig config;
  @Inject SearchBackend backend;
  @Inject CatalogView view;

  void onStart(@Observes StartupEvent event) {
    try {
      load();
    } catch (SearchUnavailableException | UncheckedIOException e) {
      // Serving stays up: health reports the backend down and searches answer 503 until it
      // returns; the next start (or a reindex) loads the catalog. Product pages and e-books
      // already answer from the published catalog.
      LOG.errorf(
          e,
          "Search backend %s unavailable, catalog not indexed: %s",
          backend.name(),
          e.getMessage());
    }
  }

  /**
   * Loads the configured catalog unless the backend already serves this version.
   *
   * @return the load performed, or empty when there was nothing to do
   */
  public Optional<CatalogLoad> load() {
    Optional<Catalog> source = source();
    if (source.isEmpty()) {
      LOG.info("No catalog configured to load at start-up");
      return Optional.empty();
    }
    Catalog catalog = source.get();
    // Product pages and e-books answer from the catalog itself, even while search is down.
    view.publish(catalog);
    Optional<CatalogLoad> latest =
        QuarkusTransaction.requiringNew().call(() -> CatalogLoad.latest(backend.name()));
    long served = backend.count();
    if (latest.isPresent()
        && latest.get().catalogVersion.equals(catalog.version())
        && latest.get().productCount == served) {
      LOG.infof(
          "Catalog %s already served by %s (%d products)",
          catalog.version(), backend.name(), served);
      return Optional.empty();
    }
    long started = System.nanoTime();
    backend.replaceCatalog(catalog);
    CatalogLoad load = new CatalogLoad();
    load.catalogVersion = catalog.version();
    load.backend = backend.name();
    load.productCount = backend.count();
    load.loadedAt = Instant.now();
    load.durationMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
    QuarkusTransaction.requiringNew().run(load::persist);
    LOG.infof(
        "Loaded catalog %s into %s: %d products in %d ms",
        load.catalogVersion, load.backend, load.productCount, load.durationMs);
    return Optional.of(load);
  }

  private Optional<Catalog> source() {
    if (config.bootstrap().catalogDir().isPresent()) {
      Path dir = config.bootstrap().catalogDir().get();
      try {
        return Optional.of(new CatalogStore(dir).read());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the catalog at " + dir, e);
      }
    }
    if (config.bootstrap().sampleCatalog()) {
      return Optional.of(SampleCatalog.ensure(config.dataDir()));
    }
    return Optional.empty();
  }
}
