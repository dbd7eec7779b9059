package kr.catalog.ingest.report;

/**
 * Where every step reports what it did not take. Implementations must accept calls from several
 * threads (the asset step may work in parallel).
 */
@FunctionalInterface
public interface RejectSink {
  /** Records one reject. */
  void reject(Reject reject);
}
