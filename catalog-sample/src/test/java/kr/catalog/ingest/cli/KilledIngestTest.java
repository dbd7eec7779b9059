package kr.catalog.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Product;
import kr.catalog.sample.cli.SampleCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest killed with SIGKILL at known points of its run, in a JVM of its own (the test class
 * path), over a catalog it published before: after every kill the published catalog is complete and
 * unchanged (CatalogStore's write-then-swap publish; the parse cache and media copies are written
 * to a temporary name and moved), and the next run (the command line's) completes and publishes the
 * new catalog with nothing left over. Each killed run is {@link IngestHeldAt}, held at its point (a
 * feed half-way through the parsing, before the assets, after the assets and before the book and
 * the publish) until the kill, so every kill lands there: none can arrive after the run finished.
 * Figures: {@code target/reliability/killed-ingest.txt}.
 */
class KilledIngestTest {
  /**
   * The long version ({@code -Dcatalog.faults.long=true}): a manual for one product family in 10
   * and a kill before each feed too; the default test command: one in 50 and three kills.
   */
  private static final boolean LONG = Boolean.getBoolean("catalog.faults.long");

  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesThePublishedCatalogIntactAndTheNextRunCompletes() throws Exception {
    Path feeds = dir.resolve("feeds");
    Path out = dir.resolve("out");
    assertThat(
            SampleCommand.execute(
                "generate",
                "--size",
                "sample",
                "--media",
                "--media-every",
                LONG ? "10" : "50",
                "--out",
                feeds.toString(),
                "--no-progress"))
        .isZero();

    long started = System.nanoTime();
    assertThat(finish(ingest(feeds, out))).isZero();
    long fullRunMillis = (System.nanoTime() - started) / 1_000_000;
    Catalog published = new CatalogStore(out.resolve("catalog")).read();

    // The next catalog differs: one supplier feed is gone, so its products drop out.
    Path dropped = largestSupplierFeed(feeds);
    Files.delete(dropped);
    List<String> supplierFeeds = supplierFeeds(feeds);
    assertThat(supplierFeeds).hasSize(2);

    List<String> points = new ArrayList<>();
    if (LONG) {
      points.add("start:parse " + supplierFeeds.get(0));
    }
    points.addAll(List.of("start:parse " + supplierFeeds.get(1), "start:assets", "end:assets"));
    List<String> outcomes = new ArrayList<>();
    for (String point : points) {
      // A cold parse cache each time, so every run does the whole work again.
      deleteTree(out.resolve("state"));
      Process run = heldAt(feeds, out, point);
      assertThat(awaitHeld(run))
          .as("the run reached its point")
          .isEqualTo(IngestHeldAt.HELD + point);
      assertThat(run.isAlive()).as("still working at " + point).isTrue();
      run.destroyForcibly();
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      outcomes.add(point);
      Catalog after = new CatalogStore(out.resolve("catalog")).read();
      assertThat(codes(after))
          .as("the published catalog is unchanged after a kill at " + point)
          .isEqualTo(codes(published));
    }

    assertThat(finish(ingest(feeds, out))).as("the next run completes").isZero();
    Catalog next = new CatalogStore(out.resolve("catalog")).read();
    assertThat(next.products()).isNotEmpty().hasSizeLessThan(published.products().size());
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains(".tmp-") || name.contains(".old-"));
    }

    Path report = Path.of("target", "reliability", "killed-ingest.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(
        report,
        String.format(
            Locale.ROOT,
            "sample catalog, a manual for one family in %s: full run %d ms; killed while held at %s;"
                + " published catalog intact after every kill (%d products); next run completed (%d"
                + " products)%n",
            LONG ? "10" : "50",
            fullRunMillis,
            outcomes,
            published.products().size(),
            next.products().size()),
        StandardCharsets.UTF_8);
  }

  /** The supplier feeds left, by name (the order the pipeline parses them in). */
  private static List<String> supplierFeeds(Path feeds) throws IOException {
    try (Stream<Path> files = Files.list(feeds)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !name.startsWith("makers"))
          .filter(name -> !name.startsWith("categories"))
          .sorted()
          .toList();
    }
  }

  private Process heldAt(Path feeds, Path out, String point) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(IngestHeldAt.class.getName());
    command.addAll(List.of(feeds.toString(), out.toString(), point));
    return new ProcessBuilder(command)
        .redirectError(dir.resolve("held-" + UUID.randomUUID() + ".log").toFile())
        .start();
  }

  /** The line the held run printed when it stopped, or what it printed instead before it ended. */
  private static String awaitHeld(Process run) throws Exception {
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                  if (l.startsWith(IngestHeldAt.HELD) || l.startsWith("FINISHED")) {
                    return l;
                  }
                }
                return "ended with exit code " + run.waitFor();
              } catch (IOException | InterruptedException e) {
                return "unreadable: " + e;
              }
            });
    try {
      return line.get(20, TimeUnit.MINUTES);
    } catch (TimeoutException e) {
      return "no point reached in 20 minutes";
    }
  }

  private static List<String> codes(Catalog catalog) {
    return catalog.products().stream().map(Product::codeKey).sorted().toList();
  }

  private static Path largestSupplierFeed(Path feeds) throws IOException {
    try (Stream<Path> files = Files.list(feeds)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return !name.startsWith("makers") && !name.startsWith("categories");
              })
          .max(Comparator.comparingLong(p -> p.toFile().length()))
          .orElseThrow();
    }
  }

  private Process ingest(Path feeds, Path out) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(IngestCommand.class.getName());
    command.addAll(
        List.of("ingest", "--feeds", feeds.toString(), "--out", out.toString(), "--no-progress"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("ingest-" + UUID.randomUUID() + ".log").toFile())
        .start();
  }

  private int finish(Process process) throws Exception {
    // A guard against a hung run, not a speed check: with pictures derived in four sizes, the
    // sample's ingest took over 8 minutes on a 2-core machine at load average 17-24.
    assertThat(process.waitFor(20, TimeUnit.MINUTES))
        .as("the ingest ended within 20 minutes")
        .isTrue();
    if (process.exitValue() != 0) {
      try (Stream<Path> logs = Files.list(dir)) {
        for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
          System.err.println(Files.readString(log, StandardCharsets.UTF_8));
        }
      }
    }
    return process.exitValue();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
