package kr.catalog.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest command line's exit codes (with generated feeds: catalog-sample's SampleCommandTest).
 */
class IngestCommandTest {
  @TempDir Path dir;

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
    assertThat(IngestCommand.execute()).isEqualTo(2);
    assertThat(
            IngestCommand.execute("ingest", "--feeds", "a", "--out", "b", "--max-error-rate", "2"))
        .isEqualTo(2);
  }
}
