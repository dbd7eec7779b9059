package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.util.List;
import kr.catalog.ingest.report.IngestSummary;
import kr.catalog.ingest.report.Reject;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;

/**
 * The outcome of a run.
 *
 * @param summary what the run did
 * @param rejects this run's rejects in report order (empty when the run found nothing changed; the
 *     stored {@code rejects.csv} still has the last run's)
 * @param store where the catalog is
 * @param catalog the catalog when the run built it, or {@code null} when it was unchanged (then
 *     {@link #catalog()} reads it from the store)
 */
public record IngestResult(
    IngestSummary summary, List<Reject> rejects, CatalogStore store, Catalog catalog) {

  /** Exit code 0: the catalog was written (or was already up to date) within the threshold. */
  public static final int OK = 0;

  /** Exit code 1: too many rejected rows, or a fatal error. */
  public static final int FAILED = 1;

  /** Exit code 2: the command line was wrong. */
  public static final int USAGE = 2;

  /** The catalog, read from the store when this run did not build it. */
  public Catalog catalog() {
    if (catalog != null) {
      return catalog;
    }
    try {
      return store.read();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@link #OK}, or {@link #FAILED} when the error rate exceeds {@code maxErrorRate}. */
  public int exitCode(double maxErrorRate) {
    return summary.errorRate() > maxErrorRate ? FAILED : OK;
  }
}
