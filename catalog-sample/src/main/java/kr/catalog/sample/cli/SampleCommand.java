package kr.catalog.sample.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.catalog.ingest.cli.IngestCommand;
import kr.catalog.ingest.cli.ProgressBars;
import kr.catalog.ingest.pipeline.IngestResult;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.OrderHistory;
import kr.catalog.sample.CatalogGenerator;
import kr.catalog.sample.GeneratedFeeds;
import kr.catalog.sample.PrintedMedia;
import kr.catalog.sample.SampleCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The sample's command line: {@code generate} writes synthetic feeds, {@code ingest} (the ingest's
 * own command) builds a catalog from them, {@code ensure} does both for the bundled sample under a
 * data directory ({@code ./run.sh} runs it before the API starts), {@code history} writes the
 * generated order history into an ingested catalog ({@code ensure} does that itself). Exit codes: 0
 * done, 1 too many rejected rows or a fatal error, 2 wrong usage.
 */
@Command(
    name = "catalog-sample",
    mixinStandardHelpOptions = true,
    description = "Generates synthetic supplier feeds and the bundled sample catalog.",
    subcommands = {
      SampleCommand.Generate.class,
      IngestCommand.Ingest.class,
      SampleCommand.Ensure.class,
      SampleCommand.History.class
    })
public final class SampleCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // JBoss LogManager (POI's Log4j calls end there) must be the JUL manager before any logging.
    System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests and embedding). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new SampleCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "choose a command: generate, ingest, ensure or history");
  }

  /** {@code generate --size sample|full --out DIR}. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description =
          "Writes deterministic supplier feeds (masters, CSV, XLSX, JSON) into a directory.")
  static final class Generate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--size",
        required = true,
        description = "sample (600 products) or full (133,323)")
    CatalogGenerator.Size size;

    @Option(names = "--out", required = true, description = "feeds directory to write")
    Path out;

    @Option(names = "--seed", description = "random seed (default: the fixed seed)")
    Long seed;

    @Option(
        names = "--media",
        description = "also write manuals (PDF), drawings (PNG) and the catalog book (book/)")
    boolean media;

    @Option(
        names = "--media-every",
        defaultValue = "10",
        description =
            "with --media: one product family in N gets a manual, one product in N a drawing (default ${DEFAULT-VALUE})")
    int mediaEvery;

    @Option(names = "--no-progress", description = "no progress bars")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
      if (mediaEvery < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--media-every must be at least 1");
      }
      long useSeed = seed == null ? CatalogGenerator.SEED : seed;
      CatalogGenerator generator = new CatalogGenerator(size, useSeed);
      if (media) {
        generator.withMedia(new PrintedMedia(mediaEvery, useSeed));
      }
      GeneratedFeeds g = generator.generate(out, noProgress ? Progress.NONE : new ProgressBars());
      PrintWriter w = spec.commandLine().getOut();
      w.printf(
          Locale.ROOT,
          "generated %s feeds in %s: %d top categories, %d makers, %d products in %d rows (%d rows to reject)%n",
          size,
          out.toAbsolutePath(),
          g.topCategories(),
          g.makers().size(),
          g.products().size(),
          g.rows(),
          g.rejects().size());
      w.flush();
      return IngestResult.OK;
    }
  }

  /** {@code ensure --data DIR}: the bundled sample catalog under DIR, written if needed. */
  @Command(
      name = "ensure",
      mixinStandardHelpOptions = true,
      description =
          "Generates the bundled sample feeds into DATA/feeds unless they are there, and ingests"
              + " them into DATA/catalog and DATA/media (nothing to do when unchanged).")
  static final class Ensure implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, description = "data directory")
    Path data;

    @Override
    public Integer call() {
      long started = System.nanoTime();
      Catalog catalog = SampleCatalog.ensure(data);
      PrintWriter w = spec.commandLine().getOut();
      w.printf(
          Locale.ROOT,
          "sample catalog %s in %s: %d makers, %d products, %d assets, %d book pages (%d ms)%n",
          catalog.version(),
          data.resolve("catalog").toAbsolutePath(),
          catalog.makers().size(),
          catalog.products().size(),
          catalog.assets().size(),
          catalog.bookPages().size(),
          (System.nanoTime() - started) / 1_000_000);
      w.flush();
      return IngestResult.OK;
    }
  }

  /** {@code history --catalog DIR}: the generated order history of an ingested catalog. */
  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      description =
          "Writes the generated purchase history (customers with habits, 18 months of orders) into"
              + " an ingested catalog directory as order-history.json, unless it is up to date.")
  static final class History implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", required = true, description = "catalog directory (DATA/catalog)")
    Path catalog;

    @Override
    public Integer call() throws Exception {
      long started = System.nanoTime();
      Catalog read = new CatalogStore(catalog).read();
      OrderHistory h = SampleCatalog.ensureHistory(catalog, read);
      PrintWriter w = spec.commandLine().getOut();
      w.printf(
          Locale.ROOT,
          "order history of catalog %s in %s: %d customers, %d orders, %d lines (%d ms)%n",
          read.version(),
          catalog.resolve(OrderHistory.FILE_NAME).toAbsolutePath(),
          h.customers().size(),
          h.orders().size(),
          h.orders().stream().mapToLong(o -> o.lines().size()).sum(),
          (System.nanoTime() - started) / 1_000_000);
      w.flush();
      return IngestResult.OK;
    }
  }
}
