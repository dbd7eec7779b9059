package kr.catalog.search.tools;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The command-line options the tools share, declared once and mixed into each command with
 * picocli's {@code @Mixin}: the same flag means the same thing, with the same default, in every
 * command that takes it.
 */
public final class ToolOptions {

  private ToolOptions() {}

  /**
   * The backends to measure ({@code benchmark}, {@code relevance}): Lucene always, Elasticsearch
   * when given.
   */
  public static final class Backends {
    /** Elasticsearch nodes; empty: embedded Lucene only. */
    @Option(
        names = "--elasticsearch",
        split = ",",
        description = "Elasticsearch hosts (host:port,...) to measure that backend too")
    public List<String> elasticsearchHosts = List.of();
  }

  /** One closed-loop load run against a platform ({@code load}, {@code load-suite}). */
  public static final class LoadRun {
    /** The catalog the platform serves; the request mix is drawn from it. */
    @Option(
        names = "--catalog",
        required = true,
        description =
            "the ingested catalog directory the platform serves (written by catalog-ingest)")
    public Path catalogDir;

    /** Concurrent workers. */
    @Option(names = "--concurrency", defaultValue = "8", description = "concurrent workers")
    public int concurrency;

    /** Seconds of warm-up per run, not measured. */
    @Option(
        names = "--warmup",
        defaultValue = "15",
        description = "seconds of warm-up, not measured")
    public int warmupSeconds;

    /** Seconds measured per run. */
    @Option(names = "--duration", defaultValue = "60", description = "seconds measured per run")
    public int durationSeconds;

    /** Distinct requests drawn; a run cycles through them. */
    @Option(
        names = "--requests",
        defaultValue = "50000",
        description = "distinct requests drawn (the run cycles through them)")
    public int requests;

    /** Seed of the request mix: the same seed draws the same requests. */
    @Option(names = "--seed", defaultValue = "20261123", description = "seed of the mix")
    public long seed;
  }
}
