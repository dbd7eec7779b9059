package kr.catalog.ingest.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** Rejects of attachments whose row was accepted: reported, not counted as rejected rows. */
  private final Set<Reject> onKeptRows = Collections.newSetFromMap(new IdentityHashMap<>());

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

  /**
   * A sink for problems of a row's attachments (a manual, a drawing, a video) once the row itself
   * was accepted: they are reported like any reject but are not rejected rows, so they stay out of
   * {@link #errorCount()}. Counting them made a run that wrote a complete catalog exit 1 because a
   * few suppliers' PDFs were damaged.
   */
  public RejectSink onKeptRows() {
    return reject -> {
      synchronized (this) {
        rejects.add(reject);
        onKeptRows.add(reject);
      }
    };
  }

  /**
   * Number of rejected rows and files whose reason counts as an error: duplicates do not, nor do
   * the attachment problems of accepted rows ({@link #onKeptRows()}).
   */
  public synchronized long errorCount() {
    return rejects.stream()
        .filter(r -> r.reason().countsAsError() && !onKeptRows.contains(r))
        .count();
  }

  /** Number of attachment problems reported on accepted rows ({@link #onKeptRows()}). */
  public synchronized long keptRowProblems() {
    return onKeptRows.size();
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
