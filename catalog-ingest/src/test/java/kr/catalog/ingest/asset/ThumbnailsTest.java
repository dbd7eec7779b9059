package kr.catalog.ingest.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import kr.catalog.ingest.asset.Thumbnails.Thumbnail;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThumbnailsTest {
  private final Thumbnails thumbnails = new Thumbnails(ThumbnailSpec.DEFAULTS);

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        SharedPdfs.ADT7420_DATASHEET,
        SharedPdfs.BD139_DATASHEET,
        SharedPdfs.USB4105_DATASHEET,
        SharedPdfs.MKDS_DATASHEET,
        SharedPdfs.HIROSE_DRAWING,
        SharedPdfs.MOLEX_DRAWING
      })
  void thumbnailsTheFirstPageOfEachRealPdfWithinTheBox(String name) throws Exception {
    Path target = temp.resolve(name + ".png");

    Thumbnail thumbnail = thumbnails.ofPdfFirstPage(SharedPdfs.pdf(name), target);

    BufferedImage decoded = ImageIO.read(target.toFile());
    assertThat(decoded).as("decodable PNG").isNotNull();
    assertThat(decoded.getWidth()).isEqualTo(thumbnail.width()).isLessThanOrEqualTo(320);
    assertThat(decoded.getHeight()).isEqualTo(thumbnail.height()).isLessThanOrEqualTo(320);
    // Fits the box on its longer side: scaled down, not cropped or shrunk further.
    assertThat(Math.max(decoded.getWidth(), decoded.getHeight())).isEqualTo(320);
    assertThat(isBlank(decoded)).as("has visible content").isFalse();
  }

  @Test
  void writesAJpegThumbnailOfTheMolexDrawingInASmallerBox() throws Exception {
    Thumbnails jpeg =
        new Thumbnails(
            ThumbnailSpec.DEFAULTS.withBox(160, 120).withFormat(ThumbnailSpec.Format.JPEG));
    Path target = temp.resolve("molex.jpg");

    Thumbnail thumbnail = jpeg.ofPdfFirstPage(SharedPdfs.pdf(SharedPdfs.MOLEX_DRAWING), target);

    byte[] head = Files.readAllBytes(target);
    assertThat(head[0] & 0xff).isEqualTo(0xFF);
    assertThat(head[1] & 0xff).isEqualTo(0xD8);
    BufferedImage decoded = ImageIO.read(target.toFile());
    assertThat(decoded.getWidth()).isEqualTo(thumbnail.width()).isLessThanOrEqualTo(160);
    assertThat(decoded.getHeight()).isEqualTo(thumbnail.height()).isLessThanOrEqualTo(120);
  }

  @Test
  void thumbnailsAPngDrawingAndDecodesAHugeOneSubsampledWithinThePixelBudget() throws Exception {
    Path drawing = temp.resolve("drawing.png");
    ImageIO.write(drawing(4000, 2000), "png", drawing.toFile());
    Thumbnails bounded = new Thumbnails(ThumbnailSpec.DEFAULTS.withMaxSourcePixels(1_000_000));

    Thumbnail thumbnail = bounded.ofImage(drawing, temp.resolve("drawing-thumb.png"));

    // 8 megapixels over a 1 megapixel budget: decoded with every 3rd pixel (1334 x 667).
    assertThat(thumbnail.sourceWidth()).isEqualTo(1334);
    assertThat(thumbnail.sourceHeight()).isEqualTo(667);
    assertThat((long) thumbnail.sourceWidth() * thumbnail.sourceHeight())
        .isLessThanOrEqualTo(1_000_000);
    assertThat(thumbnail.width()).isEqualTo(320);
    assertThat(thumbnail.height()).isEqualTo(160);
    assertThat(ImageIO.read(thumbnail.path().toFile()).getWidth()).isEqualTo(320);
  }

  @Test
  void rendersAPosterSizedPageAtALowerDpiWithinThePixelBudget() throws Exception {
    Path poster = temp.resolve("poster.pdf");
    try (PDDocument document = new PDDocument()) {
      // 2 m x 2 m: at 72 DPI that alone would be 32 megapixels.
      document.addPage(new PDPage(new PDRectangle(5669, 5669)));
      document.save(poster.toFile());
    }
    Thumbnails bounded = new Thumbnails(ThumbnailSpec.DEFAULTS.withMaxSourcePixels(4_000_000));

    Thumbnail thumbnail = bounded.ofPdfFirstPage(poster, temp.resolve("poster.png"));

    assertThat((long) thumbnail.sourceWidth() * thumbnail.sourceHeight())
        .isLessThanOrEqualTo(4_000_000);
    assertThat(thumbnail.sourceWidth()).isGreaterThan(1900);
    assertThat(thumbnail.width()).isEqualTo(320);
  }

  @Test
  void dispatchesOnTheFileContentNotTheName() throws Exception {
    Path pdfNamedPng = temp.resolve("actually-a-pdf.png");
    Files.copy(SharedPdfs.pdf(SharedPdfs.BD139_DATASHEET), pdfNamedPng);

    Thumbnail thumbnail = thumbnails.of(pdfNamedPng, temp.resolve("t.png"));

    assertThat(thumbnail.height()).isEqualTo(320);
  }

  @Test
  void rejectsCorruptEncryptedAndOversizedFilesWithTheirReasons() throws Exception {
    // Looked up first: without the shared data the test is skipped, not failed inside reason().
    Path realDatasheet = SharedPdfs.pdf(SharedPdfs.ADT7420_DATASHEET);
    Path corrupt =
        Files.write(
            temp.resolve("corrupt.pdf"),
            "%PDF-1.4\nnot a pdf at all".getBytes(StandardCharsets.US_ASCII));
    Path encrypted = temp.resolve("encrypted.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      document.save(encrypted.toFile());
    }
    Path notAnImage =
        Files.write(temp.resolve("notes.png"), "just text".getBytes(StandardCharsets.US_ASCII));
    Thumbnails tiny =
        new Thumbnails(
            new ThumbnailSpec(
                320,
                320,
                ThumbnailSpec.Format.PNG,
                72f,
                12_000_000L,
                1_000,
                ThumbnailSpec.DEFAULTS.timeout()));

    assertThat(
            List.of(
                reason(() -> thumbnails.of(corrupt, temp.resolve("a.png"))),
                reason(() -> thumbnails.of(encrypted, temp.resolve("b.png"))),
                reason(() -> thumbnails.of(notAnImage, temp.resolve("c.png"))),
                reason(() -> tiny.of(realDatasheet, temp.resolve("d.png")))))
        .containsExactly(Reason.CORRUPT, Reason.ENCRYPTED, Reason.UNSUPPORTED, Reason.TOO_LARGE);
    // Nothing half-written was left behind.
    try (var left = Files.list(temp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("corrupt.pdf", "encrypted.pdf", "notes.png");
    }
  }

  private interface ThrowingCall {
    Object call() throws Exception;
  }

  /** The reason a call was refused with; fails the test when it was not refused. */
  private static Reason reason(ThrowingCall call) {
    try {
      call.call();
    } catch (AssetRejectedException e) {
      return e.reason();
    } catch (Exception e) {
      throw new AssertionError("expected an AssetRejectedException", e);
    }
    throw new AssertionError("expected a rejection, got a thumbnail");
  }

  private static BufferedImage drawing(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fillRect(width / 4, height / 4, width / 2, height / 2);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static boolean isBlank(BufferedImage image) {
    int first = image.getRGB(0, 0);
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if (image.getRGB(x, y) != first) {
          return false;
        }
      }
    }
    return true;
  }
}
