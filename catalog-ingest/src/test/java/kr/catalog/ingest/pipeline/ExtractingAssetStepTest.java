package kr.catalog.ingest.pipeline;

import static kr.catalog.ingest.Required.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Asset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Tika asset step on real manufacturers' PDFs (read from ../shared/data, copied to a temp dir).
 */
class ExtractingAssetStepTest {
  @TempDir Path dir;

  private static Path pdf(String name) {
    String root = System.getProperty("catalog.shared.data");
    Path p = root == null ? null : Path.of(root, "pdfs", name);
    require(p != null && Files.isRegularFile(p), "real PDF " + name + " not found");
    return p;
  }

  @Test
  void aRealDatasheetBecomesAnAssetWithTextAndThumbnailAndATruncatedOneIsRejectedAtItsRow()
      throws Exception {
    Path feeds = dir.resolve("feeds");
    Files.createDirectories(feeds.resolve("manuals"));
    Files.copy(pdf("adi-adt7420-datasheet.pdf"), feeds.resolve("manuals/adt7420.pdf"));
    byte[] bytes = Files.readAllBytes(pdf("st-BD139-BD140-datasheet.pdf"));
    Files.write(
        feeds.resolve("manuals/bd139-truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
    List<AssetRequest> requests =
        List.of(
            new AssetRequest("ADT7420", Asset.Kind.MANUAL, "manuals/adt7420.pdf", "a.csv", 2),
            new AssetRequest("BD139", Asset.Kind.MANUAL, "manuals/bd139-truncated.pdf", "a.csv", 3),
            new AssetRequest("BD140", Asset.Kind.MANUAL, "manuals/none.pdf", "a.csv", 4));
    List<Reject> rejects = new ArrayList<>();

    List<Asset> assets =
        new ExtractingAssetStep().process(requests, feeds, dir.resolve("media"), rejects::add);

    assertThat(assets).hasSize(1);
    Asset a = assets.getFirst();
    assertThat(a.productCodeKey()).isEqualTo("ADT7420");
    assertThat(a.pageCount()).isEqualTo(24);
    assertThat(a.text()).contains("ADT7420");
    assertThat(Files.isRegularFile(dir.resolve("media").resolve(a.thumbnailPath()))).isTrue();
    assertThat(rejects)
        .extracting(Reject::file, Reject::line, Reject::field, Reject::reason)
        .containsExactly(
            tuple("a.csv", 3L, "manual", RejectReason.CORRUPT_FILE),
            tuple("a.csv", 4L, "manual", RejectReason.MISSING_FILE));
  }
}
