package kr.catalog.ingest.pipeline;

/**
 * Progress of long steps, shown as bars by the command line and ignored elsewhere (the API server,
 * tests).
 */
public interface Progress {
  /** Ignores everything. */
  Progress NONE = (name, total) -> Task.NONE;

  /** One running step. */
  interface Task extends AutoCloseable {
    /** Ignores everything. */
    Task NONE =
        new Task() {
          @Override
          public void stepBy(long n) {}

          @Override
          public void close() {}
        };

    /** Advances by {@code n} units. */
    void stepBy(long n);

    @Override
    void close();
  }

  /**
   * Starts a step.
   *
   * @param name shown to people
   * @param total units of work, or -1 when unknown
   */
  Task start(String name, long total);
}
