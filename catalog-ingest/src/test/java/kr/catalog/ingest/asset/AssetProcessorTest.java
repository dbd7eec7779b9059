package kr.catalog.ingest.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import kr.catalog.ingest.asset.AssetProcessor.Processed;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import kr.catalog.model.Asset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetProcessorTest {
  @TempDir Path media;
  @TempDir Path input;

  private AssetProcessor processor() {
    return new AssetProcessor(
        new AssetExtractor(ExtractionLimits.DEFAULTS),
        new Thumbnails(ThumbnailSpec.DEFAULTS),
        media);
  }

  @Test
  void storesTheDatasheetUnderItsHashWithTextAndAThumbnail() throws Exception {
    Path pdf = SharedPdfs.pdf(SharedPdfs.BD139_DATASHEET);

    Processed processed = processor().process(pdf, "BD139", Asset.Kind.DATASHEET);

    Asset asset = processed.asset();
    String sha = asset.sha256();
    assertThat(asset.path()).isEqualTo("assets/" + sha.substring(0, 2) + "/" + sha + ".pdf");
    assertThat(asset.thumbnailPath())
        .isEqualTo("thumbs/" + sha.substring(0, 2) + "/" + sha + ".png");
    assertThat(asset.id()).isEqualTo("BD139:" + sha.substring(0, 16));
    assertThat(asset.kind()).isEqualTo(Asset.Kind.DATASHEET);
    assertThat(asset.mediaType()).isEqualTo("application/pdf");
    assertThat(asset.title()).isEqualTo("Complementary low voltage transistor");
    assertThat(asset.pageCount()).isEqualTo(9);
    assertThat(asset.text()).contains("BD139");
    assertThat(media.resolve(asset.path())).hasSameBinaryContentAs(pdf);
    assertThat(ImageIO.read(media.resolve(asset.thumbnailPath()).toFile()).getHeight())
        .isEqualTo(320);
    assertThat(processed.thumbnailProblem()).isEmpty();
  }

  @Test
  void storesAFileSharedByTwoProductsOnce() throws Exception {
    Path pdf = SharedPdfs.pdf(SharedPdfs.MOLEX_DRAWING);
    AssetProcessor processor = processor();

    Asset first = processor.process(pdf, "526100672", Asset.Kind.DRAWING).asset();
    Asset second = processor.process(pdf, "526100872", Asset.Kind.DRAWING).asset();

    assertThat(second.path()).isEqualTo(first.path());
    assertThat(second.id()).isNotEqualTo(first.id());
    try (var stored = Files.walk(media.resolve("assets"))) {
      assertThat(stored.filter(Files::isRegularFile).count()).isEqualTo(1);
    }
  }

  @Test
  void storesNothingForARejectedFile() throws Exception {
    Path corrupt =
        Files.write(
            input.resolve("bad.pdf"), "%PDF-1.7\nbroken".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> processor().process(corrupt, "X1", Asset.Kind.MANUAL))
        .isInstanceOfSatisfying(
            AssetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
    try (var left = Files.list(media)) {
      assertThat(left).isEmpty();
    }
  }
}
