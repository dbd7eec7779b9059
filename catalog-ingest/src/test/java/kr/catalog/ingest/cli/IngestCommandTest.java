package kr.catalog.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.catalog.model.CatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void generateThenIngestTheSampleExitsZeroAndWritesTheCatalog() throws Exception {
    assertThat(
            IngestCommand.execute(
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
    IngestCommand.execute(
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
  void aMissingFeedsDirectoryExitsOne() {
    assertThat(
            IngestCommand.execute(
                "ingest",
                "--feeds",
                dir.resolve("nope").toString(),
                "--out",
                dir.resolve("out").toString()))
        .isEqualTo(1);
  }

  @Test
  void wrongUsageExitsTwo() {
    assertThat(IngestCommand.execute("ingest", "--feeds")).isEqualTo(2);
    assertThat(IngestCommand.execute("generate", "--size", "huge", "--out", "x")).isEqualTo(2);
    assertThat(IngestCommand.execute()).isEqualTo(2);
    assertThat(
            IngestCommand.execute("ingest", "--feeds", "a", "--out", "b", "--max-error-rate", "2"))
        .isEqualTo(2);
  }
}
