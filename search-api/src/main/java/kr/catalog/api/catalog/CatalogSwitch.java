package kr.catalog.api.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.model.Asset;
import kr.catalog.model.Catalog;
import kr.catalog.search.CatalogChanges;
import kr.catalog.search.SearchBackend;
import org.jboss.logging.Logger;

/**
 * Moves this instance from the catalog version it serves to another one, while serving: the search
 * index (as partial updates when the version's changes are few and relative to the served version,
 * else a full build behind the alias or swapped in; or nothing but following, when the index is
 * shared and another instance wrote it), then the in-memory catalog, then what derives from search
 * results. One switch at a time.
 */
@ApplicationScoped
public class CatalogSwitch {
  private static final Logger LOG = Logger.getLogger(CatalogSwitch.class);

  @Inject SearchBackend backend;
  @Inject CatalogView view;
  @Inject SearchSignals signals;
  @Inject CatalogConfig config;
  @Inject Event<CatalogReindexed> reindexed;

  private final ReentrantLock lock = new ReentrantLock();

  /**
   * How a switch went.
   *
   * @param mode partial or full; null when the shared index already held the version (followed)
   * @param written documents written
   * @param removed documents removed
   * @param durationMs wall time
   */
  public record Outcome(CatalogPublication.Mode mode, int written, int removed, long durationMs) {}

  /**
   * The partial changes from the served catalog to {@code next}, or empty when a full build is
   * needed or cheaper: no changes file, changes relative to another version, makers or categories
   * changed (they are part of every product's document), or too many products touched. Products
   * whose attached files changed (manual text is searched) count as changed.
   */
  Optional<CatalogChanges> partialChanges(
      Catalog served, Catalog next, Optional<PublishedChanges> changes) {
    if (changes.isEmpty()
        || served.version().isEmpty()
        || !served.version().equals(changes.get().fromVersion())
        || !served.makers().equals(next.makers())
        || !served.categories().equals(next.categories())) {
      return Optional.empty();
    }
    Set<String> upserted = new HashSet<>(changes.get().added());
    upserted.addAll(changes.get().updated());
    Map<String, List<Asset>> before = assetsByProduct(served);
    Map<String, List<Asset>> after = assetsByProduct(next);
    Set<String> keys = new HashSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      if (!Objects.equals(before.get(key), after.get(key))) {
        upserted.add(key);
      }
    }
    Set<String> removed = new HashSet<>(changes.get().removed());
    upserted.removeAll(removed);
    if (upserted.size() + removed.size()
        > config.publish().partialMaxShare() * Math.max(1, next.products().size())) {
      return Optional.empty();
    }
    return Optional.of(new CatalogChanges(served.version(), upserted, removed));
  }

  private static Map<String, List<Asset>> assetsByProduct(Catalog catalog) {
    return catalog.assets().stream().collect(Collectors.groupingBy(Asset::productCodeKey));
  }

  /**
   * Serves {@code next} from now on.
   *
   * @param changes its {@code changes.json}, if it has one
   * @param write whether this instance writes the index; false for an instance following a
   *     publication another instance wrote into a shared index
   * @throws IllegalStateException when following and the shared index does not hold {@code next}
   */
  public Outcome serve(Catalog next, Optional<PublishedChanges> changes, boolean write) {
    lock.lock();
    try {
      long started = System.nanoTime();
      Catalog served = view.catalog();
      CatalogPublication.Mode mode;
      int written;
      int removed;
      if (!write) {
        // Throws when the shared index does not hold it (yet): the next check tries again.
        try {
          backend.attachCatalog(next);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
        mode = null;
        written = 0;
        removed = 0;
      } else {
        Optional<CatalogChanges> partial = partialChanges(served, next, changes);
        if (partial.isPresent()) {
          CatalogChanges c = partial.get();
          backend.applyChanges(next, c, signals.signalsOf(c.upserted()));
          mode = CatalogPublication.Mode.PARTIAL;
          written = c.upserted().size();
          removed = c.removed().size();
        } else {
          backend.replaceCatalog(next, signals.productSignals(next.products()));
          mode = CatalogPublication.Mode.FULL;
          written = next.products().size();
          removed = 0;
        }
      }
      view.publish(next);
      long durationMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
      if (write) {
        recordLoad(next, durationMs);
      }
      reindexed.fire(new CatalogReindexed(next.version()));
      LOG.infof(
          "Serving catalog %s (was %s): %s, %d written, %d removed, %d ms",
          next.version(),
          served.version(),
          mode == null ? "followed" : mode,
          written,
          removed,
          durationMs);
      return new Outcome(mode, written, removed, durationMs);
    } finally {
      lock.unlock();
    }
  }

  /** So that a restart finds the version indexed and does not index it again. */
  private void recordLoad(Catalog next, long durationMs) {
    CatalogLoad load = new CatalogLoad();
    load.catalogVersion = next.version();
    load.backend = backend.name();
    load.productCount = backend.count();
    load.loadedAt = Instant.now();
    load.durationMs = durationMs;
    QuarkusTransaction.requiringNew().run(load::persist);
  }
}
