package kr.catalog.api.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchUnavailableException;
import org.jboss.logging.Logger;

/**
 * Loads the catalog into the search backend at start-up: the configured catalog directory, else the
 * one under the data directory ({@code dataDir/catalog}, where {@code ./run.sh} has the bundled
 * sample written by catalog-sample), unless a catalog version was published to the running platform
 * since ({@link CatalogPublisher}): then the latest published one. The API only serves a catalog
 * someone wrote: it never generates or ingests one itself. An unchanged catalog that is already
 * indexed is not indexed again.
 */
@ApplicationScoped
public class CatalogBootstrap {
  private static final Logger LOG = Logger.getLogger(CatalogBootstrap.class);

  @Inject CatalogConfig config;
  @Inject SearchBackend backend;
  @Inject CatalogView view;
  @Inject SearchSignals stock;
  @Inject Event<CatalogReindexed> reindexed;

  private Catalog catalog;

  /**
   * First at start-up: read the catalog and publish it, so that product pages and e-books answer
   * even while search is down, and so that the demo seeder finds the products.
   */
  void publish(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
    catalog = source().orElse(null);
    if (catalog == null) {
      LOG.infof(
          "No catalog at %s: serving none (./run.sh writes the sample there, or set"
              + " catalog.bootstrap.catalog-dir)",
          CatalogPaths.catalogDir(config));
      return;
    }
    view.publish(catalog);
  }

  /** Last at start-up, after stock is known (seeded or counted): index with the stock flags. */
  void index(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) StartupEvent event) {
    if (catalog == null) {
      return;
    }
    try {
      load(catalog);
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
   * Indexes the catalog, with in-stock and discount flags from current stock and promotions, unless
   * the backend already serves this version.
   *
   * @return the load performed, or empty when there was nothing to do
   */
  public Optional<CatalogLoad> load(Catalog catalog) {
    Optional<CatalogLoad> latest =
        QuarkusTransaction.requiringNew().call(() -> CatalogLoad.latest(backend.name()));
    long served = backend.count();
    if (latest.isPresent()
        && latest.get().catalogVersion.equals(catalog.version())
        && latest.get().productCount == served) {
      LOG.infof(
          "Catalog %s already served by %s (%d products)",
          catalog.version(), backend.name(), served);
      // Not reindexed: the backend still needs the catalog to rebuild documents for live signals.
      try {
        backend.attachCatalog(catalog);
      } catch (IllegalArgumentException e) {
        // Serving goes on; live signals wait for the next reindex, which computes them all.
        LOG.warnf("Live signals off until the next reindex: %s", e.getMessage());
      }
      return Optional.empty();
    }
    long started = System.nanoTime();
    backend.replaceCatalog(catalog, stock.productSignals(catalog.products()));
    reindexed.fire(new CatalogReindexed(catalog.version()));
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
    // A version published to the running platform wins over the configured one (ADR: publish
    // while serving): every instance, restarted or new, serves what the others serve.
    try {
      Optional<CatalogPublication> published = CatalogPublications.latest();
      if (published.isPresent()) {
        return Optional.of(CatalogPublications.read(published.get()));
      }
    } catch (IOException | RuntimeException e) {
      LOG.errorf(
          "Cannot read the latest published catalog, serving the configured one: %s",
          e.getMessage());
    }
    Optional<Path> configured = config.bootstrap().catalogDir();
    Path dir = CatalogPaths.catalogDir(config);
    CatalogStore store = new CatalogStore(dir);
    if (configured.isEmpty() && store.manifest().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(store.read());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the catalog at " + dir, e);
    }
  }
}
