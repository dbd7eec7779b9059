package kr.catalog.ingest.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import kr.catalog.ingest.pipeline.DigitizingBookStep;
import kr.catalog.ingest.pipeline.ExtractingAssetStep;
import kr.catalog.ingest.pipeline.IngestOptions;
import kr.catalog.ingest.pipeline.IngestPipeline;
import kr.catalog.ingest.pipeline.Progress;

/**
 * The ingest as the command line runs it (extracting assets, digitising the book), held forever at
 * a known point of its run so that {@link KilledIngestTest} kills it there and nowhere else: when
 * the step named by the third argument starts ({@code start:NAME}) or ends ({@code end:NAME}), it
 * prints {@value #HELD} and the point to standard output and waits. Started in a JVM of its own.
 */
public final class IngestHeldAt {
  /** What the held process prints once it waits. */
  public static final String HELD = "HELD AT ";

  private IngestHeldAt() {}

  /**
   * {@code FEEDS OUT POINT}.
   *
   * @param args the feeds directory, the output directory, {@code start:STEP} or {@code end:STEP}
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String point = args[2];
    Progress holding =
        (name, total) -> {
          holdIf(out, point, "start:" + name);
          return new Progress.Task() {
            @Override
            public void stepBy(long n) {}

            @Override
            public void close() {
              holdIf(out, point, "end:" + name);
            }
          };
        };
    IngestOptions options =
        IngestOptions.of(Path.of(args[0]), Path.of(args[1]))
            .withProgress(holding)
            .withSteps(new ExtractingAssetStep(), new DigitizingBookStep());
    new IngestPipeline(options).run();
    out.println("FINISHED without reaching " + point);
  }

  private static void holdIf(PrintStream out, String point, String reached) {
    if (!point.equals(reached)) {
      return;
    }
    out.println(HELD + reached);
    try {
      // Held until killed: the point is where the kill lands.
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
