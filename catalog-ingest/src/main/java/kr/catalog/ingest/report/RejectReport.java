package kr.catalog.ingest.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Collects the rejects of one run and writes them as {@code rejects.csv} (UTF-8, one row per
 * reject: file, line, page, field, reason, message), sorted by file, then line or page, so two runs
 * on the same input produce the same file.
 */
public final class RejectReport implements RejectSink {
  /** File name of the CSV report inside the output directory. */
  public static final String FILE_NAME = "rejects.csv";

  private static final Comparator<Reject> ORDER =
      Comparator.comparing(Reject::file)
          .thenComparing(r -> r.line() == null ? -1L : r.line())
          .thenComparing(r -> r.page() == null ? -1 : r.page())
          .thenComparing(r -> r.field() == null ? "" : r.field())
          .thenComparing(Reject::reason)
          .thenComparing(Reject::message);

  private final List<Reject> rejects = new ArrayList<>();

  @Override
  public synchronized void reject(Reject reject) {
    rejects.add(reject);
  }

  /** Adds all of the given rejects. */
  public synchronized void addAll(List<Reject> more) {
    rejects.addAll(more);
  }

  /** All rejects so far, in report order. */
  public synchronized List<Reject> rejects() {
    return rejects.stream().sorted(ORDER).toList();
  }

  /** Number of rejects whose reason counts as an error (duplicates do not). */
  public synchronized long errorCount() {
    return rejects.stream().filter(r -> r.reason().countsAsError()).count();
  }

  /** Rejects per reason, every reason present with its count (zero included). */
  public synchronized Map<RejectReason, Long> countsByReason() {
    Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
    for (RejectReason reason : RejectReason.values()) {
      counts.put(reason, 0L);
    }
    for (Reject r : rejects) {
      counts.merge(r.reason(), 1L, Long::sum);
    }
    return counts;
  }

  /** Writes {@value #FILE_NAME} into {@code dir}. */
  public void writeCsv(Path dir) throws IOException {
    try (Writer out = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        CSVPrinter csv =
            CSVFormat.RFC4180
                .builder()
                .setHeader("file", "line", "page", "field", "reason", "message")
                .get()
                .print(out)) {
      for (Reject r : rejects()) {
        csv.printRecord(
            r.file(),
            r.line() == null ? "" : r.line(),
            r.page() == null ? "" : r.page(),
            r.field() == null ? "" : r.field(),
            r.reason().name(),
            r.message());
      }
    }
  }
}
