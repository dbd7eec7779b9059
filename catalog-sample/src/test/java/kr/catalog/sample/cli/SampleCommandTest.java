package kr.catalog.sample.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.catalog.ingest.cli.IngestCommand;
import kr.catalog.model.CatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's command line, and the ingest's on the feeds it generates. */
class SampleCommandTest {
  @TempDir Path dir;

  @Test
  void generateThenIngestTheSampleExitsZeroAndWritesTheCatalog() throws Exception {
    assertThat(
            SampleCommand.execute(
                "generate",
                "--size",
                "sample",
                "--out",
                dir.resolve("feeds").toString(),
                "--no-progress"))
        .isZero();
    assertThat(
            IngestCommand.execute(
                "ingest",
                "--feeds",
                dir.resolve("feeds").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--no-progress"))
        .isZero();
    assertThat(new CatalogStore(dir.resolve("out/catalog")).manifest().orElseThrow().products())
        .isEqualTo(600);
    assertThat(Files.isRegularFile(dir.resolve("out/catalog/rejects.csv"))).isTrue();
  }

  @Test
  void rejectsAboveTheThresholdExitOne() throws Exception {
    SampleCommand.execute(
        "generate", "--size", "SAMPLE", "--out", dir.resolve("feeds").toString(), "--no-progress");
    assertThat(
            IngestCommand.execute(
                "ingest",
                "--feeds",
                dir.resolve("feeds").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--max-error-rate",
                "0",
                "--no-progress"))
        .isEqualTo(1);
  }

  @Test
  void theSampleCommandLineIngestsWithTheIngestsOwnCommand() {
    assertThat(
            SampleCommand.execute(
                "generate",
                "--size",
                "sample",
                "--out",
                dir.resolve("feeds").toString(),
                "--no-progress"))
        .isZero();
    assertThat(
            SampleCommand.execute(
                "ingest",
                "--feeds",
                dir.resolve("feeds").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--no-progress",
                "--no-extract"))
        .isZero();
    assertThat(new CatalogStore(dir.resolve("out/catalog")).manifest().orElseThrow().products())
        .isEqualTo(600);
  }

  @Test
  void ensureWritesTheBundledSampleUnderTheDataDirectoryOnce() throws Exception {
    Path data = dir.resolve("data");
    assertThat(SampleCommand.execute("ensure", "--data", data.toString())).isZero();
    CatalogStore store = new CatalogStore(data.resolve("catalog"));
    var first = store.manifest().orElseThrow();
    assertThat(first.products()).isEqualTo(600);
    assertThat(Files.isDirectory(data.resolve("feeds"))).isTrue();
    assertThat(Files.isDirectory(data.resolve("media"))).isTrue();

    // A second run finds the inputs unchanged and leaves the catalog as it was.
    assertThat(SampleCommand.execute("ensure", "--data", data.toString())).isZero();
    assertThat(store.manifest().orElseThrow().version()).isEqualTo(first.version());
  }

  @Test
  void wrongUsageExitsTwo() {
    assertThat(SampleCommand.execute("generate", "--size", "huge", "--out", "x")).isEqualTo(2);
    assertThat(SampleCommand.execute("ensure")).isEqualTo(2);
    assertThat(SampleCommand.execute()).isEqualTo(2);
  }
}
