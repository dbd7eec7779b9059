package kr.catalog.ingest.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.catalog.ingest.feed.ExternalRates;
import kr.catalog.ingest.pipeline.DigitizingBookStep;
import kr.catalog.ingest.pipeline.ExtractingAssetStep;
import kr.catalog.ingest.pipeline.FileAssetStep;
import kr.catalog.ingest.pipeline.IngestOptions;
import kr.catalog.ingest.pipeline.IngestPipeline;
import kr.catalog.ingest.pipeline.IngestResult;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.ingest.report.IngestSummary;
import kr.catalog.ingest.report.RejectReason;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code ingest} builds the catalog from a feeds directory; {@code publish}
 * publishes one to a running platform ({@link PublishCommand}). Exit codes: 0 done, 1 too many
 * rejected rows or a fatal error, 2 wrong usage. (Feeds to try it on: catalog-sample's {@code
 * generate}.)
 */
@Command(
    name = "catalog-ingest",
    mixinStandardHelpOptions = true,
    description = "Ingests supplier feeds into the canonical catalog.",
    subcommands = {IngestCommand.Ingest.class, PublishCommand.class})
public final class IngestCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // JBoss LogManager (POI's Log4j calls end there) must be the JUL manager before any logging.
    System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests and embedding). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new IngestCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "choose a command: ingest, publish");
  }

  /**
   * {@code ingest --feeds DIR --out DIR}; public so other command lines (catalog-sample) offer it.
   */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Ingests a feeds directory into OUT/catalog (state in OUT/state, media in OUT/media).")
  public static final class Ingest implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--feeds", required = true, description = "feeds directory")
    Path feeds;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Option(
        names = "--max-error-rate",
        defaultValue = "0.05",
        description =
            "share of rejected rows above which the exit code is 1 (default ${DEFAULT-VALUE})")
    double maxErrorRate;

    @Option(
        names = "--krw-per-usd",
        defaultValue = "1400",
        description = "exchange rate for Walmart and Icecat prices (default ${DEFAULT-VALUE})")
    BigDecimal krwPerUsd;

    @Option(names = "--no-progress", description = "no progress bars")
    boolean noProgress;

    @Option(
        names = "--no-extract",
        description =
            "attachments only checked and copied (no Tika text, no thumbnails), books not digitised")
    boolean noExtract;

    @Override
    public Integer call() throws Exception {
      if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--max-error-rate must be between 0 and 1");
      }
      if (krwPerUsd.signum() <= 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--krw-per-usd must be positive");
      }
      LibraryLogs.routeTo(out.resolve(LibraryLogs.FILE_NAME));
      IngestOptions options =
          IngestOptions.of(feeds, out)
              .withMaxErrorRate(maxErrorRate)
              .withRates(new ExternalRates(krwPerUsd))
              .withProgress(noProgress ? Progress.NONE : new ProgressBars())
              .withSteps(
                  noExtract ? new FileAssetStep() : new ExtractingAssetStep(),
                  noExtract ? null : new DigitizingBookStep());
      IngestResult result = new IngestPipeline(options).run();
      print(spec.commandLine().getOut(), result, options);
      return result.exitCode(maxErrorRate);
    }

    private static void print(PrintWriter w, IngestResult r, IngestOptions o) {
      IngestSummary s = r.summary();
      if (s.unchanged()) {
        w.printf(
            Locale.ROOT,
            "inputs unchanged: catalog %s in %s left as it was%n",
            s.catalogVersion(),
            r.store().dir());
      } else {
        w.printf(
            Locale.ROOT,
            "catalog %s written to %s (%d feed files parsed, %d reused)%n",
            s.catalogVersion(),
            r.store().dir(),
            s.filesRead(),
            s.filesReused());
        w.printf(
            Locale.ROOT,
            "products: %d added, %d updated, %d removed%n",
            s.productsAdded(),
            s.productsUpdated(),
            s.productsRemoved());
      }
      w.printf(
          Locale.ROOT,
          "%d top categories, %d categories, %d makers, %d products, %d assets, %d book pages from %d rows%n",
          s.topCategories(),
          s.categories(),
          s.makers(),
          s.products(),
          s.assets(),
          s.bookPages(),
          s.rowsRead());
      w.println("products per top category:");
      s.productsByTopCategory().forEach((k, v) -> w.printf(Locale.ROOT, "  %-10s %,9d%n", k, v));
      w.println("rejects by reason (details in " + r.store().dir().resolve("rejects.csv") + "):");
      for (Map.Entry<RejectReason, Long> e : s.rejectsByReason().entrySet()) {
        if (e.getValue() > 0) {
          w.printf(Locale.ROOT, "  %-18s %,9d%n", e.getKey(), e.getValue());
        }
      }
      s.steps().forEach((k, v) -> w.printf(Locale.ROOT, "note: %s: %s%n", k, v));
      w.println(
          "warnings of the file readers (PDFBox, Tika), with the file: "
              + o.catalogDir().resolveSibling(LibraryLogs.FILE_NAME));
      w.printf(
          Locale.ROOT,
          "error rate %.2f%% (threshold %.2f%%)%s%n",
          100 * s.errorRate(),
          100 * o.maxErrorRate(),
          s.errorRate() > o.maxErrorRate() ? ": FAILED" : "");
      w.flush();
    }
  }
}
