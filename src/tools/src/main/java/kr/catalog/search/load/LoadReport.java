package kr.catalog.search.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.AbstractHistogram;

/**
 * The result of one load run, per endpoint: count, throughput, p50, p99, max and errors by outcome,
 * plus completions per second and the time of each failure. Prints as a table and as JSON.
 *
 * @param label what ran (backend and mix)
 * @param concurrency number of concurrent workers (closed loop: each sends its next request when
 *     the previous one is answered)
 * @param seconds measured duration
 * @param startMillis epoch milliseconds when measuring started
 * @param rows one row per endpoint, sorted by name
 * @param total all endpoints together
 * @param perSecond {@code ok} and {@code failed} completions in each second of the run
 * @param failures every failure with its time (the first {@value LoadStats#MAX_FAILURES_KEPT})
 */
public record LoadReport(
    String label,
    int concurrency,
    double seconds,
    long startMillis,
    List<Row> rows,
    Row total,
    Map<String, List<Long>> perSecond,
    List<Failure> failures) {

  /** Name of the row over all endpoints. */
  public static final String TOTAL = "TOTAL";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public LoadReport {
    rows = List.copyOf(rows);
    perSecond = Map.copyOf(perSecond);
    failures = List.copyOf(failures);
  }

  /**
   * One endpoint's figures. Latencies cover every request, failed ones included.
   *
   * @param kind the endpoint (report row)
   * @param count requests completed
   * @param throughput completed requests per second
   * @param p50Ms median latency
   * @param p99Ms 99th percentile latency
   * @param maxMs slowest request
   * @param errors requests that failed (non-2xx answer or no answer)
   * @param errorsByOutcome failures by HTTP status or exception name
   */
  public record Row(
      String kind,
      long count,
      double throughput,
      double p50Ms,
      double p99Ms,
      double maxMs,
      long errors,
      Map<String, Long> errorsByOutcome) {
    public Row {
      errorsByOutcome = Map.copyOf(errorsByOutcome);
    }

    static Row of(
        String kind, AbstractHistogram micros, long ok, Map<String, Long> errors, double seconds) {
      long failed = errors.values().stream().mapToLong(Long::longValue).sum();
      long count = micros.getTotalCount();
      return new Row(
          kind,
          count,
          seconds > 0 ? count / seconds : 0,
          count == 0 ? 0 : micros.getValueAtPercentile(50) / 1000.0,
          count == 0 ? 0 : micros.getValueAtPercentile(99) / 1000.0,
          count == 0 ? 0 : micros.getMaxValue() / 1000.0,
          failed,
          errors);
    }
  }

  /**
   * A failed request.
   *
   * @param atMillis epoch milliseconds when it completed
   * @param kind the endpoint
   * @param outcome HTTP status or exception name
   */
  public record Failure(long atMillis, String kind, String outcome) {}

  /** The row of this endpoint, or null. */
  public Row row(String kind) {
    return TOTAL.equals(kind)
        ? total
        : rows.stream().filter(r -> r.kind().equals(kind)).findFirst().orElse(null);
  }

  /** Failures completed in {@code [fromMillis, toMillis)} (epoch milliseconds). */
  public List<Failure> failuresBetween(long fromMillis, long toMillis) {
    return failures.stream()
        .filter(f -> f.atMillis() >= fromMillis && f.atMillis() < toMillis)
        .toList();
  }

  /** The report as a fixed-width table, one line per endpoint and the total last. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "# %s: %d workers, %.1f s measured%n%-15s %8s %9s %9s %9s %9s %7s  %s%n",
            label,
            concurrency,
            seconds,
            "endpoint",
            "count",
            "req/s",
            "p50 ms",
            "p99 ms",
            "max ms",
            "errors",
            "by outcome"));
    List<Row> all = new ArrayList<>(rows);
    all.add(total);
    for (Row r : all) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-15s %8d %9.1f %9.2f %9.2f %9.1f %7d  %s%n",
              r.kind(),
              r.count(),
              r.throughput(),
              r.p50Ms(),
              r.p99Ms(),
              r.maxMs(),
              r.errors(),
              r.errorsByOutcome().isEmpty()
                  ? "-"
                  : r.errorsByOutcome().entrySet().stream()
                      .map(e -> e.getKey() + "=" + e.getValue())
                      .collect(Collectors.joining(" "))));
    }
    return sb.toString();
  }

  /** The report as JSON (the same fields as this record). */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report", e);
    }
  }

  /** Reads a report written by {@link #toJson()}. */
  public static LoadReport fromJson(String json) {
    try {
      return JSON.readValue(json, LoadReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a load report: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Ours against a peer on the same requests, per endpoint both answered (and the total):
   * throughput ours/peer (above 1: we answer more), p50 and p99 ours/peer (below 1: we are faster).
   */
  public static String compare(LoadReport ours, LoadReport peer) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "# %s / %s%n%-15s %12s %12s %12s %22s %22s%n",
            ours.label(),
            peer.label(),
            "endpoint",
            "req/s ratio",
            "p50 ratio",
            "p99 ratio",
            "ours p50/p99 ms",
            "peer p50/p99 ms"));
    List<Row> mine = new ArrayList<>(ours.rows());
    mine.add(ours.total());
    for (Row o : mine) {
      Row p = peer.row(o.kind());
      if (p == null || p.count() == 0 || o.count() == 0) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "%-15s %12s %12s %12s %22s %22s%n",
              o.kind(),
              times(o.throughput(), p.throughput()),
              times(o.p50Ms(), p.p50Ms()),
              times(o.p99Ms(), p.p99Ms()),
              String.format(Locale.ROOT, "%.2f / %.2f", o.p50Ms(), o.p99Ms()),
              String.format(Locale.ROOT, "%.2f / %.2f", p.p50Ms(), p.p99Ms())));
    }
    return sb.toString();
  }

  private static String times(double ours, double peer) {
    return peer <= 0 ? "n/a" : String.format(Locale.ROOT, "x%.2f", ours / peer);
  }
}
