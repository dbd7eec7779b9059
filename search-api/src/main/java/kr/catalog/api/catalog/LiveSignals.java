package kr.catalog.api.catalog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.catalog.api.cluster.ClusterBus;
import kr.catalog.api.cluster.ClusterMessage;
import kr.catalog.api.cluster.ClusterResync;
import kr.catalog.api.cluster.ClusterTopic;
import kr.catalog.model.Product;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import org.jboss.logging.Logger;

/**
 * Pushes changed stock and discount signals to the search backend after the transactions that
 * change them commit, as partial updates ({@link SearchBackend#updateSignals}), so that a product
 * sold out leaves {@code flag=in_stock} within a second or so instead of at the next reindex.
 *
 * <p>The committing thread only records the code keys ({@link SignalsChanged}, after success) and
 * wakes one background worker: an order never waits for the index and never fails because of it.
 * The worker takes every key recorded so far at once (many orders on one product make one update),
 * recomputes their signals from the database ({@link SearchSignals#signalsOf}) and sends only those
 * that differ from what it last sent. A failure (backend unreachable) puts the keys back and
 * retries with a growing delay, up to {@link #MAX_RETRY_DELAY_MILLIS}; the next full reindex also
 * repairs whatever was missed, since it computes every signal again.
 *
 * <p>Other API instances: the changed code keys are also announced on the {@link ClusterBus},
 * inside the changing transaction, and each instance hearing them recomputes and pushes them the
 * same way. With embedded Lucene every instance has an index of its own, which only this way learns
 * of an order taken by another; on Elasticsearch the index is shared and the second push writes the
 * same values again (cheap, and it repairs a push the first instance died before making). After the
 * bus reconnects (notifications may have been missed) every product is recomputed and the ones
 * whose signal differs from what this instance last sent are pushed.
 */
@ApplicationScoped
public class LiveSignals {
  private static final Logger LOG = Logger.getLogger(LiveSignals.class);

  /** First retry delay after a failed push; doubled per failure in a row. */
  static final long FIRST_RETRY_DELAY_MILLIS = 500;

  /** Longest delay between retries while the backend stays unreachable. */
  static final long MAX_RETRY_DELAY_MILLIS = 30_000;

  @Inject SearchSignals signals;
  @Inject SearchBackend backend;
  @Inject MeterRegistry registry;
  @Inject ClusterBus bus;
  @Inject CatalogView view;

  /** Code keys recorded and not yet pushed. */
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  /** What was last sent per product: an unchanged signal (most orders) costs no index write. */
  private final Map<String, ProductSignals.Signal> sent = new ConcurrentHashMap<>();

  private final AtomicBoolean scheduled = new AtomicBoolean();
  private ScheduledExecutorService worker;
  private Timer pushes;
  private Counter failures;
  private int failuresInARow;
  private volatile long notBeforeNanos;

  @PostConstruct
  void start() {
    worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "live-signals");
              t.setDaemon(true);
              return t;
            });
    pushes =
        Timer.builder("catalog.signals.push")
            .description("Recomputing changed search signals and updating the index with them")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
    failures =
        Counter.builder("catalog.signals.push.failures")
            .description("Signal pushes that failed and were retried")
            .register(registry);
  }

  void stop(@Observes ShutdownEvent event) {
    worker.shutdownNow();
  }

  /** After the commit of a transaction that changed signals (at once when fired outside one). */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignalsChanged event) {
    changed(event.codeKeys());
  }

  /** Inside the changing transaction: the other instances hear of it when it commits. */
  void announce(@Observes SignalsChanged event) {
    bus.publish(ClusterTopic.SIGNALS, event.codeKeys());
  }

  void onOtherInstance(@Observes ClusterMessage message) {
    if (message.topic() == ClusterTopic.SIGNALS) {
      changed(message.lines());
    }
  }

  /**
   * Changes announced while the bus was disconnected were missed: every product is recomputed (one
   * query over the catalog's stock) and only those that differ from what was last sent, or never
   * sent, are written.
   */
  void onResync(@Observes ClusterResync event) {
    changed(view.allProducts().stream().map(Product::codeKey).toList());
  }

  /** Records products whose signals may have changed and wakes the worker; returns at once. */
  public void changed(Collection<String> codeKeys) {
    if (codeKeys.isEmpty()) {
      return;
    }
    pending.addAll(codeKeys);
    wake(0);
  }

  private void wake(long delayMillis) {
    if (scheduled.compareAndSet(false, true)) {
      try {
        worker.schedule(this::drain, delayMillis, TimeUnit.MILLISECONDS);
      } catch (RuntimeException e) {
        // Shutting down: the next start reindexes with every signal.
        scheduled.set(false);
      }
    }
  }

  private void drain() {
    // Cleared before taking the keys: keys recorded from now on wake another run.
    scheduled.set(false);
    long wait = notBeforeNanos - System.nanoTime();
    if (wait > 0) {
      wake(TimeUnit.NANOSECONDS.toMillis(wait) + 1);
      return;
    }
    Set<String> batch = new HashSet<>();
    for (Iterator<String> it = pending.iterator(); it.hasNext(); ) {
      batch.add(it.next());
      it.remove();
    }
    if (batch.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    try {
      Map<String, ProductSignals.Signal> changed = new HashMap<>();
      signals
          .signalsOf(batch)
          .byCodeKey()
          .forEach(
              (key, signal) -> {
                if (!signal.equals(sent.get(key))) {
                  changed.put(key, signal);
                }
              });
      if (!changed.isEmpty()) {
        backend.updateSignals(new ProductSignals(changed));
        sent.putAll(changed);
        pushes.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        LOG.debugf("Pushed the signals of %d products to %s", changed.size(), backend.name());
      }
      failuresInARow = 0;
    } catch (RuntimeException e) {
      pending.addAll(batch);
      failures.increment();
      failuresInARow++;
      long delay =
          Math.min(
              MAX_RETRY_DELAY_MILLIS, FIRST_RETRY_DELAY_MILLIS << Math.min(failuresInARow - 1, 16));
      notBeforeNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
      LOG.warnf(
          "Could not push the signals of %d products to %s (retrying in %d ms; the next reindex"
              + " also repairs them): %s",
          batch.size(), backend.name(), delay, e.toString());
      wake(delay);
    }
  }
}
