package kr.catalog.search.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What a run measured, recorded concurrently by the driver's workers: latency per endpoint (HDR
 * histograms in microseconds, 3 significant digits), outcomes by status, completions per second and
 * the time of every failure (so a fault window can be cut out afterwards).
 */
public final class LoadStats {

  /** Latencies above this are recorded as this (a request that slow has failed anyway). */
  static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);

  /** Failures kept with their time; beyond this only the counts grow. */
  static final int MAX_FAILURES_KEPT = 20_000;

  /** The outcome of a request that succeeded. */
  public static final String OK = "ok";

  private final long startMillis;
  private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<LoadReport.Failure> failures = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failuresKept = new AtomicInteger();
  private final AtomicLongArray okPerSecond;
  private final AtomicLongArray failedPerSecond;

  /**
   * Stats of a run starting at {@code startMillis} (epoch milliseconds) and lasting about {@code
   * seconds}; completions beyond that are counted in the last second.
   */
  public LoadStats(long startMillis, int seconds) {
    this.startMillis = startMillis;
    this.okPerSecond = new AtomicLongArray(Math.max(1, seconds + 1));
    this.failedPerSecond = new AtomicLongArray(Math.max(1, seconds + 1));
  }

  /** Epoch milliseconds of the start. */
  public long startMillis() {
    return startMillis;
  }

  /**
   * Records one completed request.
   *
   * @param kind report row
   * @param nanos latency
   * @param outcome {@link #OK}, an HTTP status ({@code "500"}) or an exception's simple name
   * @param atMillis epoch milliseconds of the completion
   */
  public void record(String kind, long nanos, String outcome, long atMillis) {
    Endpoint e = endpoints.computeIfAbsent(kind, k -> new Endpoint());
    e.latency.recordValue(Math.min(MAX_MICROS, Math.max(0, nanos / 1_000)));
    int second =
        (int) Math.min(okPerSecond.length() - 1, Math.max(0, (atMillis - startMillis) / 1000));
    if (OK.equals(outcome)) {
      e.ok.increment();
      okPerSecond.incrementAndGet(second);
    } else {
      e.errors.computeIfAbsent(outcome, o -> new LongAdder()).increment();
      failedPerSecond.incrementAndGet(second);
      if (failuresKept.incrementAndGet() <= MAX_FAILURES_KEPT) {
        failures.add(new LoadReport.Failure(atMillis, kind, outcome));
      }
    }
  }

  /**
   * The report of what was recorded.
   *
   * @param label what ran (backend, mix)
   * @param concurrency number of workers
   * @param seconds measured duration, the denominator of throughput
   */
  public LoadReport report(String label, int concurrency, double seconds) {
    List<LoadReport.Row> rows = new ArrayList<>();
    Histogram all = new Histogram(MAX_MICROS, 3);
    Map<String, Long> allErrors = new TreeMap<>();
    long allOk = 0;
    for (Map.Entry<String, Endpoint> entry : new TreeMap<>(endpoints).entrySet()) {
      Endpoint e = entry.getValue();
      Histogram h = e.latency.copy();
      Map<String, Long> errors = new TreeMap<>();
      e.errors.forEach((o, n) -> errors.put(o, n.sum()));
      rows.add(LoadReport.Row.of(entry.getKey(), h, e.ok.sum(), errors, seconds));
      all.add(h);
      allOk += e.ok.sum();
      errors.forEach((o, n) -> allErrors.merge(o, n, Long::sum));
    }
    List<Long> ok = new ArrayList<>();
    List<Long> failed = new ArrayList<>();
    int last = lastSecond(seconds);
    for (int s = 0; s < last; s++) {
      ok.add(okPerSecond.get(s));
      failed.add(failedPerSecond.get(s));
    }
    List<LoadReport.Failure> kept = new ArrayList<>(failures);
    kept.sort(java.util.Comparator.comparingLong(LoadReport.Failure::atMillis));
    return new LoadReport(
        label,
        concurrency,
        seconds,
        startMillis,
        rows,
        LoadReport.Row.of(LoadReport.TOTAL, all, allOk, allErrors, seconds),
        new LinkedHashMap<>(Map.of("ok", ok, "failed", failed)),
        kept);
  }

  private int lastSecond(double seconds) {
    return (int) Math.min(okPerSecond.length(), Math.max(1, Math.ceil(seconds)));
  }

  /** One endpoint's counters. */
  private static final class Endpoint {
    final ConcurrentHistogram latency = new ConcurrentHistogram(MAX_MICROS, 3);
    final LongAdder ok = new LongAdder();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  }
}
