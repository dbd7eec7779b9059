package kr.catalog.ingest.cli;

import static kr.catalog.ingest.Required.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.catalog.ingest.feed.MasterFiles;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
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

  @Test
  void theFileReadersWarningsGoToTheRunsLogNamingTheFileAsTheFeedDid() throws Exception {
    String shared = System.getProperty("catalog.shared.data");
    Path drawing =
        shared == null ? null : Path.of(shared, "pdfs", "hirose-FH63S-10S-0.5SH-drawing.pdf");
    require(drawing != null && Files.isRegularFile(drawing), "the real Hirose drawing is absent");
    Path feeds = dir.resolve("feeds");
    Files.createDirectories(feeds.resolve("drawings"));
    Files.copy(drawing, feeds.resolve("drawings/fh63s.pdf"));
    MasterFiles.writeMakers(
        feeds.resolve("makers.csv"), List.of(new Maker("hirose", "히로세", "Hirose", List.of())));
    MasterFiles.writeCategories(
        feeds.resolve("categories.csv"),
        List.of(
            new Category("05", null, "전자부품", "Electronics"),
            new Category("05.01", "05", "커넥터", "Connectors")));
    Files.writeString(
        feeds.resolve("a.csv"),
        "제품코드,제조사,제품명,분류,정가,도면\n" + "FH63S-10S-0.5SH,히로세,FPC 커넥터,05.01,1200,drawings/fh63s.pdf\n",
        StandardCharsets.UTF_8);

    int exit =
        IngestCommand.execute(
            "ingest",
            "--no-progress",
            "--feeds",
            feeds.toString(),
            "--out",
            dir.resolve("out").toString());

    assertThat(exit).isZero();
    // The drawing's CID font is not embedded: PDFBox warns while rendering its thumbnail.
    assertThat(Files.readAllLines(dir.resolve("out/ingest.log"), StandardCharsets.UTF_8))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("WARN", "[org.apache.pdfbox", "drawings/fh63s.pdf: ")
                    .doesNotContain(dir.toString()));
  }
}
