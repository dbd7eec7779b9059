package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import kr.catalog.ingest.asset.AssetRejectedException;
import kr.catalog.ingest.asset.PictureDeriver;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Asset;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Product pictures through the whole pipeline: good JPEG, PNG and WebP files are stored and derived
 * with their sizes; corrupt, wrong-type, oversized and missing ones are reported at their row while
 * the rows' products are kept.
 */
class PictureIngestTest {
  /**
   * A real 1×1 lossy WebP (VP8): no WebP encoder exists in Java, so the file's bytes are written
   * here as they came out of libwebp.
   */
  private static final byte[] WEBP_1X1 =
      Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

  @TempDir Path dir;

  private static void drawn(Path file, int w, int h, int type, String format) throws Exception {
    BufferedImage img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0, 90, 170, 200));
    g.fillOval(w / 8, h / 8, w * 3 / 4, h * 3 / 4);
    g.dispose();
    Files.createDirectories(file.getParent());
    assertThat(ImageIO.write(img, format, file.toFile())).isTrue();
  }

  @Test
  void goodPicturesAreDerivedAndBadOnesAreReportedAtTheirRows() throws Exception {
    Path feeds = Feeds.masters(dir.resolve("feeds"));
    Path pics = feeds.resolve("images");
    drawn(pics.resolve("drill.jpg"), 1600, 1200, BufferedImage.TYPE_INT_RGB, "jpg");
    drawn(pics.resolve("grinder.png"), 500, 400, BufferedImage.TYPE_INT_ARGB, "png");
    Files.write(pics.resolve("tiny.webp"), WEBP_1X1);
    byte[] png = Files.readAllBytes(pics.resolve("grinder.png"));
    Files.write(pics.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
    Files.writeString(pics.resolve("notes.jpg"), "not a picture\n", StandardCharsets.UTF_8);
    // 7000 × 7000 one-bit pixels: a few kilobytes on disk, 49 megapixels once decoded.
    drawn(pics.resolve("huge.png"), 7_000, 7_000, BufferedImage.TYPE_BYTE_BINARY, "png");
    Files.writeString(
        feeds.resolve("a.csv"),
        String.join(
            "\n",
            "제품코드,제조사,제품명,분류,정가,이미지",
            "HB-1,보쉬,드릴 1,01.01,1000,images/drill.jpg",
            "HB-2,보쉬,드릴 2,01.01,1000,images/drill.jpg | images/tiny.webp",
            "HB-3,보쉬,그라인더,01.02,1000,images/grinder.png",
            "HB-4,보쉬,드릴 4,01.01,1000,images/cut.png",
            "HB-5,보쉬,드릴 5,01.01,1000,images/notes.jpg",
            "HB-6,보쉬,드릴 6,01.01,1000,images/huge.png",
            "HB-7,보쉬,드릴 7,01.01,1000,images/none.png",
            ""),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    IngestResult r = new IngestPipeline(IngestOptions.of(feeds, out)).run();

    assertThat(r.catalog().products()).extracting(Product::codeKey).hasSize(7);
    assertThat(r.rejects())
        .extracting(Reject::file, Reject::line, Reject::field, Reject::reason)
        .containsExactlyInAnyOrder(
            tuple("a.csv", 5L, "image", RejectReason.CORRUPT_FILE),
            tuple("a.csv", 6L, "image", RejectReason.UNSUPPORTED_FORMAT),
            tuple("a.csv", 7L, "image", RejectReason.TOO_LARGE),
            tuple("a.csv", 8L, "image", RejectReason.MISSING_FILE));
    assertThat(r.rejects())
        .filteredOn(x -> x.line() == 6)
        .extracting(Reject::message)
        .singleElement()
        .asString()
        .contains("images/notes.jpg", "text/plain")
        .doesNotContain(dir.toString());

    List<Asset> pictures =
        r.catalog().assets().stream().filter(a -> a.kind() == Asset.Kind.IMAGE).toList();
    assertThat(pictures)
        .extracting(Asset::productCodeKey, Asset::mediaType)
        .containsExactlyInAnyOrder(
            tuple("HB1", "image/jpeg"),
            tuple("HB2", "image/jpeg"),
            tuple("HB2", "image/webp"),
            tuple("HB3", "image/png"));
    Path media = out.resolve("media");
    Asset drill = pictures.stream().filter(a -> a.productCodeKey().equals("HB1")).findFirst().get();
    assertThat(drill.renditions())
        .extracting(Asset.Rendition::width, Asset.Rendition::height)
        .containsExactly(tuple(160, 120), tuple(320, 240), tuple(640, 480), tuple(1280, 960));
    for (Asset a : pictures) {
      assertThat(media.resolve(a.path())).isRegularFile();
      assertThat(a.path()).startsWith("pictures/").contains(a.sha256());
      for (Asset.Rendition rd : a.renditions()) {
        BufferedImage img = ImageIO.read(media.resolve(rd.path()).toFile());
        assertThat(img.getWidth()).as(rd.path()).isEqualTo(rd.width());
        assertThat(img.getHeight()).as(rd.path()).isEqualTo(rd.height());
      }
    }
    // No upscaling: 500 wide gives 160, 320 and itself; the 1×1 WebP gives itself.
    assertThat(pictures.stream().filter(a -> a.productCodeKey().equals("HB3")).findFirst().get())
        .extracting(a -> a.renditions().stream().map(Asset.Rendition::width).toList())
        .isEqualTo(List.of(160, 320, 500));
    assertThat(
            pictures.stream()
                .filter(a -> a.mediaType().equals("image/webp"))
                .findFirst()
                .get()
                .renditions())
        .extracting(Asset.Rendition::width)
        .containsExactly(1);
    // Content-addressed: the file two products name is stored once, under one path.
    assertThat(
            pictures.stream()
                .filter(a -> a.mediaType().equals("image/jpeg"))
                .map(Asset::path)
                .distinct())
        .hasSize(1);
    // Each family's picture for the book: the first product's first picture.
    assertThat(r.catalog().familyPictures()).containsKey("HB1");
  }

  @Test
  void threadsChangeNeitherTheAssetsNorTheReportNorItsOrder() throws Exception {
    Path feeds = dir.resolve("feeds");
    Path pics = feeds.resolve("images");
    List<AssetRequest> requests = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      drawn(pics.resolve("p" + i + ".png"), 300 + 40 * i, 200, BufferedImage.TYPE_INT_RGB, "png");
    }
    Files.writeString(pics.resolve("notes.jpg"), "not a picture\n", StandardCharsets.UTF_8);
    long line = 2;
    for (int i = 0; i < 12; i++) {
      // Two rows per file (a family's variants), a bad row every fourth.
      requests.add(
          new AssetRequest("A" + i, Asset.Kind.IMAGE, "images/p" + i + ".png", "a.csv", line++));
      requests.add(
          new AssetRequest("B" + i, Asset.Kind.IMAGE, "images/p" + i + ".png", "a.csv", line++));
      if (i % 4 == 0) {
        requests.add(
            new AssetRequest("C" + i, Asset.Kind.IMAGE, "images/notes.jpg", "a.csv", line++));
        requests.add(
            new AssetRequest("D" + i, Asset.Kind.IMAGE, "images/gone.png", "a.csv", line++));
      }
    }
    record Run(List<Asset> assets, List<Reject> rejects, long steps) {}
    java.util.function.IntFunction<Run> run =
        threads -> {
          List<Reject> rejects =
              java.util.Collections.synchronizedList(new java.util.ArrayList<>());
          java.util.concurrent.atomic.AtomicLong steps =
              new java.util.concurrent.atomic.AtomicLong();
          Progress.Task task =
              new Progress.Task() {
                @Override
                public void stepBy(long n) {
                  steps.addAndGet(n);
                }

                @Override
                public void close() {}
              };
          List<Asset> assets =
              new PictureStep(PictureDeriver.Limits.DEFAULTS, threads)
                  .process(requests, feeds, dir.resolve("media-" + threads), rejects::add, task);
          return new Run(assets, List.copyOf(rejects), steps.get());
        };

    Run one = run.apply(1);
    Run three = run.apply(3);

    assertThat(one.assets()).hasSize(24);
    assertThat(one.rejects()).hasSize(6);
    assertThat(three.assets()).isEqualTo(one.assets());
    assertThat(three.rejects()).isEqualTo(one.rejects());
    assertThat(one.rejects()).extracting(Reject::line).isSorted();
    assertThat(three.steps()).isEqualTo(requests.size());
    assertThat(one.steps()).isEqualTo(requests.size());
  }

  @Test
  void aFileOverTheByteLimitIsRefusedBeforeItIsRead() throws Exception {
    Path file = dir.resolve("big.jpg");
    drawn(file, 800, 600, BufferedImage.TYPE_INT_RGB, "jpg");
    PictureDeriver deriver =
        new PictureDeriver(new PictureDeriver.Limits(1_000, 1_000_000, List.of(160), 0.8f));

    assertThatThrownBy(() -> deriver.derive(file, "images/big.jpg", "X", dir.resolve("media")))
        .isInstanceOfSatisfying(
            AssetRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(AssetRejectedException.Reason.TOO_LARGE))
        .hasMessageContaining("over the limit of 1000 bytes");
    assertThat(dir.resolve("media")).doesNotExist();
  }
}
