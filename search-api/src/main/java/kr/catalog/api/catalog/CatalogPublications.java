package kr.catalog.api.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.catalog.api.cluster.ClusterMessage;
import kr.catalog.api.cluster.ClusterResync;
import kr.catalog.api.cluster.ClusterTopic;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogChecksum;
import kr.catalog.model.CatalogStore;
import kr.catalog.search.SearchBackend;
import org.jboss.logging.Logger;

/**
 * How an instance learns of a catalog publication made on another instance: it reads the latest
 * {@link CatalogPublication.State#PUBLISHED} row every {@code catalog.publish.poll-interval} (one
 * indexed query) and, when that version is not the one it serves, reads the published copy, checks
 * its checksum and switches to it ({@link CatalogSwitch}: applies it to its own Lucene index, or
 * follows the shared Elasticsearch index the publishing instance wrote). Polling is the safety net;
 * the publishing instance's {@link ClusterTopic#CATALOG} notification (PostgreSQL LISTEN/NOTIFY,
 * {@code kr.catalog.api.cluster}) calls {@link #checkNow()} for the fast path. Checks run one at a
 * time on one background thread.
 */
@ApplicationScoped
public class CatalogPublications {
  private static final Logger LOG = Logger.getLogger(CatalogPublications.class);

  @Inject CatalogConfig config;
  @Inject CatalogView view;
  @Inject CatalogSwitch catalogSwitch;
  @Inject CatalogPublisher publisher;
  @Inject SearchBackend backend;

  private ScheduledExecutorService worker;

  /** The last publication that could not be served here, not retried until a newer one. */
  private volatile String failedChecksum;

  /** After the start-up load (whatever it served), from then on every interval. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000) StartupEvent event) {
    worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "catalog-publications");
              t.setDaemon(true);
              return t;
            });
    long millis = Math.max(100, config.publish().pollInterval().toMillis());
    worker.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  /**
   * Looks for a new publication now (on the background thread, without waiting for it): the hook a
   * notification of a publication on another instance calls.
   */
  public void checkNow() {
    if (worker != null && !worker.isShutdown()) {
      worker.execute(this::check);
    }
  }

  /** Another instance published a version: the fast path (polling stays the safety net). */
  void onOtherInstance(@Observes ClusterMessage message) {
    if (message.topic() == ClusterTopic.CATALOG) {
      checkNow();
    }
  }

  /** The bus reconnected after missing notifications: look now rather than at the next poll. */
  void onResync(@Observes ClusterResync event) {
    checkNow();
  }

  /** The latest published version, if any: what a starting instance serves. */
  public static Optional<CatalogPublication> latest() {
    return QuarkusTransaction.requiringNew().call(CatalogPublication::latestPublished);
  }

  /** Reads a published copy, refusing one whose files no longer have the recorded checksum. */
  static Catalog read(CatalogPublication publication) throws IOException {
    Path dir = Path.of(publication.location);
    String checksum = CatalogChecksum.of(dir);
    if (!checksum.equals(publication.checksum)) {
      throw new IOException(
          "published catalog "
              + dir
              + " has checksum "
              + checksum
              + ", the publication recorded "
              + publication.checksum);
    }
    return new CatalogStore(dir).read();
  }

  private void check() {
    try {
      if (publisher.applying()) {
        return;
      }
      Optional<CatalogPublication> latest = latest();
      if (latest.isEmpty()
          || latest.get().catalogVersion.equals(view.version())
          || latest.get().checksum.equals(failedChecksum)) {
        return;
      }
      CatalogPublication publication = latest.get();
      Catalog next;
      Optional<PublishedChanges> changes;
      try {
        next = read(publication);
        changes = CatalogPublisher.readChanges(Path.of(publication.location));
      } catch (IOException e) {
        failedChecksum = publication.checksum;
        LOG.errorf(
            "Cannot serve published catalog %s (still serving %s): %s",
            publication.catalogVersion, view.version(), e.getMessage());
        return;
      }
      catalogSwitch.serve(next, changes, !backend.sharedByInstances());
    } catch (RuntimeException e) {
      // The shared index may not hold it yet, or search is down: the next check tries again.
      LOG.warnf("Catalog publication check failed, retrying: %s", e.getMessage());
    }
  }
}
