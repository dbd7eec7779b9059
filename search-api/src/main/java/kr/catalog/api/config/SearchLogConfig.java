package kr.catalog.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The search log: what is kept, for how long, and how it is written (kr.catalog.api.searchlog). */
@ConfigMapping(prefix = "catalog.search-log")
public interface SearchLogConfig {

  /** Whether searches are recorded at all (off: nothing is queued nor written). */
  @WithDefault("true")
  boolean enabled();

  /**
   * Searches waiting to be written. When the database is slow or down and the queue is full, new
   * entries are dropped and counted ({@code catalog_search_log_dropped_total}): a search never
   * waits for the log.
   */
  @WithDefault("10000")
  int queueCapacity();

  /** Most entries written in one batch insert. */
  @WithDefault("500")
  int batchSize();

  /** How long an entry is kept; older ones are purged. */
  @WithDefault("90d")
  Duration retention();

  /**
   * Most rows kept whatever their age (the oldest beyond are purged): a bound on the table size.
   */
  @WithDefault("5000000")
  long maxRows();

  /** How often the purge runs (also once at start-up). */
  @WithDefault("1h")
  Duration purgeInterval();
}
