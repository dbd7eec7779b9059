package kr.catalog.api.searchlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import kr.catalog.api.config.SearchLogConfig;
import org.jboss.logging.Logger;

/**
 * Records every search without making it wait: {@link #record} only offers the event to a bounded
 * queue and returns; when the queue is full (the database slow or down for a while) the event is
 * dropped and counted ({@code catalog_search_log_dropped_total{reason="queue_full"}}), never waited
 * for. One background worker takes what is queued, up to a batch at a time, and writes it in one
 * insert; a batch the database refuses is dropped and counted ({@code reason= "write_failed"}) and
 * the worker pauses with a growing delay before the next one. The same worker purges rows past
 * their retention or beyond the size bound, once at start-up and then periodically.
 */
@ApplicationScoped
public class SearchLog {
  private static final Logger LOG = Logger.getLogger(SearchLog.class);

  /** Longest pause after failed writes in a row. */
  static final long MAX_BACKOFF_MILLIS = 30_000;

  @Inject SearchLogConfig config;
  @Inject SearchLogWriter writer;
  @Inject MeterRegistry registry;
  @Inject Clock clock;

  private BlockingQueue<SearchEvent> queue;
  private Counter droppedFull;
  private Counter droppedFailed;
  private Counter written;
  private Thread worker;
  private volatile boolean running;

  void onStart(@Observes StartupEvent event) {
    queue = new ArrayBlockingQueue<>(Math.max(1, config.queueCapacity()));
    droppedFull = dropped("queue_full");
    droppedFailed = dropped("write_failed");
    written =
        Counter.builder("catalog.search.log.written")
            .description("Searches written to the search log")
            .register(registry);
    Gauge.builder("catalog.search.log.queued", this, SearchLog::queued)
        .description("Searches waiting to be written to the search log")
        .register(registry);
    if (!config.enabled()) {
      return;
    }
    running = true;
    worker = new Thread(this::work, "search-log");
    worker.setDaemon(true);
    worker.start();
  }

  private Counter dropped(String reason) {
    return Counter.builder("catalog.search.log.dropped")
        .description("Searches not recorded: the queue was full, or their batch failed to write")
        .tag("reason", reason)
        .register(registry);
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    if (worker != null) {
      worker.interrupt();
      try {
        // The worker writes what is queued before it ends; not longer than this.
        worker.join(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Queues a search for the log and returns at once; drops it when the queue is full. */
  public void record(SearchEvent event) {
    if (!running) {
      return;
    }
    if (!queue.offer(event)) {
      droppedFull.increment();
    }
  }

  /** Searches waiting to be written. */
  public int queued() {
    return queue == null ? 0 : queue.size();
  }

  /** Searches dropped since start-up, for any reason. */
  public long dropped() {
    return droppedFull == null ? 0 : (long) (droppedFull.count() + droppedFailed.count());
  }

  /** Purges now (the worker also does it periodically). */
  public long purge() {
    try {
      long deleted =
          writer.purge(clock.instant().minus(config.retention()), Math.max(0, config.maxRows()));
      if (deleted > 0) {
        LOG.infof("Search log: purged %d rows past retention or the size bound", deleted);
      }
      return deleted;
    } catch (java.sql.SQLException | RuntimeException e) {
      LOG.warnf("Search log: purge failed, retried at the next period: %s", e.toString());
      return 0;
    }
  }

  private void work() {
    int batchSize = Math.max(1, config.batchSize());
    List<SearchEvent> batch = new ArrayList<>(batchSize);
    long purgeEveryNanos = Math.max(1, config.purgeInterval().toNanos());
    long nextPurge = System.nanoTime();
    int failuresInARow = 0;
    while (running || !queue.isEmpty()) {
      try {
        if (running && System.nanoTime() - nextPurge >= 0) {
          purge();
          nextPurge = System.nanoTime() + purgeEveryNanos;
        }
        SearchEvent first = running ? queue.poll(1, TimeUnit.SECONDS) : queue.poll();
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, batchSize - 1);
        if (write(batch)) {
          failuresInARow = 0;
        } else if (running) {
          failuresInARow++;
          Thread.sleep(Math.min(MAX_BACKOFF_MILLIS, 250L << Math.min(failuresInARow - 1, 10)));
        }
      } catch (InterruptedException e) {
        // Shutting down: the loop writes what is left, then ends.
        running = false;
      } finally {
        batch.clear();
      }
    }
  }

  private boolean write(List<SearchEvent> batch) {
    try {
      List<SearchLogRow> rows = new ArrayList<>(batch.size());
      for (SearchEvent e : batch) {
        rows.add(SearchLogRow.of(e));
      }
      writer.write(rows);
      written.increment(rows.size());
      return true;
    } catch (java.sql.SQLException | RuntimeException e) {
      droppedFailed.increment(batch.size());
      LOG.warnf(
          "Search log: %d searches not recorded, the database refused them: %s",
          batch.size(), e.toString());
      return false;
    }
  }
}
