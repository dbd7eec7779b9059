package kr.catalog.search.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load driver: {@code concurrency} workers each send the next request of the mix as
 * soon as their previous one is answered, first for a warm-up that is not recorded, then for the
 * measured duration. The mix is consumed in order by one shared counter (cycling when it runs out),
 * so every run sends the same sequence of requests whatever the target.
 */
public final class LoadRunner {

  /** Something that answers requests: the platform over HTTP, or a peer. */
  public interface Target {
    /**
     * Sends one request and waits for the answer.
     *
     * @param request the request
     * @param cycle how many times the mix was already gone through (keeps order keys unique)
     * @return {@link LoadStats#OK}, or the failure (HTTP status, or what went wrong)
     * @throws Exception when no answer came; recorded as a failure named after the exception
     */
    String send(LoadRequest request, long cycle) throws Exception;
  }

  /**
   * How to run.
   *
   * @param concurrency workers
   * @param warmup not recorded
   * @param duration measured
   */
  public record Settings(int concurrency, Duration warmup, Duration duration) {
    public Settings {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
      }
      if (warmup.isNegative() || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("warm-up must not be negative, duration must be > 0");
      }
    }
  }

  /** Called once measuring has started, with the stats being recorded (for a fault schedule). */
  public interface Listener {
    void measuring(LoadStats stats);
  }

  private LoadRunner() {}

  /** Runs the mix against the target and reports what the measured part saw. */
  public static LoadReport run(
      String label, List<LoadRequest> mix, Target target, Settings settings) throws Exception {
    return run(label, mix, target, settings, stats -> {});
  }

  /** As {@link #run(String, List, Target, Settings)}, telling {@code listener} when it measures. */
  public static LoadReport run(
      String label, List<LoadRequest> mix, Target target, Settings settings, Listener listener)
      throws Exception {
    if (mix.isEmpty()) {
      throw new IllegalArgumentException("the mix is empty");
    }
    long warmupNanos = settings.warmup().toNanos();
    long measureNanos = settings.duration().toNanos();
    int seconds = (int) Math.ceil(measureNanos / 1e9);
    long t0 = System.nanoTime();
    long measureFrom = t0 + warmupNanos;
    long end = measureFrom + measureNanos;
    AtomicLong next = new AtomicLong();
    LoadStats discarded = new LoadStats(System.currentTimeMillis(), seconds);
    // Swapped once, when measuring starts; workers read it after each request.
    LoadStats[] current = {discarded};
    Object swap = new Object();
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < settings.concurrency(); w++) {
        workers.add(
            pool.submit(
                () -> {
                  while (true) {
                    long now = System.nanoTime();
                    if (now >= end) {
                      return null;
                    }
                    LoadStats stats;
                    synchronized (swap) {
                      if (current[0] == discarded && now >= measureFrom) {
                        current[0] = new LoadStats(System.currentTimeMillis(), seconds);
                        listener.measuring(current[0]);
                      }
                      stats = current[0];
                    }
                    long i = next.getAndIncrement();
                    LoadRequest r = mix.get((int) (i % mix.size()));
                    long started = System.nanoTime();
                    String outcome;
                    try {
                      outcome = target.send(r, i / mix.size());
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return null;
                    } catch (Exception e) {
                      outcome = e.getClass().getSimpleName();
                    }
                    long took = System.nanoTime() - started;
                    // A request that started during the warm-up is not measured.
                    if (stats != discarded) {
                      stats.record(r.kind(), took, outcome, System.currentTimeMillis());
                    }
                  }
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    LoadStats measured = current[0];
    if (measured == discarded) {
      throw new IllegalStateException("the run ended before measuring started");
    }
    return measured.report(label, settings.concurrency(), measureNanos / 1e9);
  }
}
