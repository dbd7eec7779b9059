package kr.catalog.sample.media;

import static kr.catalog.sample.media.BookFixtures.BEARING_SKF;
import static kr.catalog.sample.media.BookFixtures.DRILL_BOSCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import kr.catalog.ingest.asset.ThumbnailSpec;
import kr.catalog.ingest.asset.Thumbnails;
import kr.catalog.sample.media.DrawingWriter.Drawing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawingWriterTest {
  @TempDir Path temp;

  @Test
  void drawsADimensionedPngThatThumbnailsLikeAnyDrawing() throws Exception {
    Drawing drawing = new DrawingWriter(42).write(DRILL_BOSCH, "보쉬 Bosch", temp.resolve("d.png"));

    BufferedImage image = ImageIO.read(drawing.path().toFile());
    assertThat(image.getWidth()).isEqualTo(DrawingWriter.WIDTH);
    assertThat(image.getHeight()).isEqualTo(DrawingWriter.HEIGHT);
    assertThat(drawing.drawingNumber()).isEqualTo("DWG-GSB13RE");
    assertThat(drawing.lengthMm()).isBetween(40, 400);
    assertThat(drawing.heightMm()).isBetween(20, 20 + drawing.lengthMm() / 2);
    assertThat(drawing.holeDiameterMm())
        .isLessThanOrEqualTo(Math.min(drawing.widthMm(), drawing.heightMm()));
    // Ink in the title block (bottom right) and in the views (left half), paper elsewhere.
    assertThat(darkPixels(image, 860, 720, 1390, 980)).isGreaterThan(2_000);
    assertThat(darkPixels(image, 100, 100, 700, 900)).isGreaterThan(1_000);
    assertThat(image.getRGB(1300, 60) & 0xFFFFFF).isEqualTo(0xFFFFFF);

    var thumbnail =
        new Thumbnails(ThumbnailSpec.DEFAULTS).ofImage(drawing.path(), temp.resolve("t.png"));
    assertThat(thumbnail.width()).isEqualTo(320);
    assertThat(thumbnail.height()).isEqualTo(226);
  }

  @Test
  void sameSeedSameDrawingOtherProductOtherDimensions() throws Exception {
    Drawing a = new DrawingWriter(42).write(DRILL_BOSCH, "Bosch", temp.resolve("a.png"));
    Drawing b = new DrawingWriter(42).write(DRILL_BOSCH, "Bosch", temp.resolve("b.png"));
    Drawing c = new DrawingWriter(42).write(BEARING_SKF, "SKF", temp.resolve("c.png"));

    assertThat(Files.readAllBytes(b.path())).isEqualTo(Files.readAllBytes(a.path()));
    assertThat(new int[] {c.lengthMm(), c.widthMm(), c.heightMm()})
        .isNotEqualTo(new int[] {a.lengthMm(), a.widthMm(), a.heightMm()});
  }

  private static int darkPixels(BufferedImage image, int x1, int y1, int x2, int y2) {
    int dark = 0;
    for (int y = y1; y < y2; y++) {
      for (int x = x1; x < x2; x++) {
        int rgb = image.getRGB(x, y);
        int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (luminance < 128) {
          dark++;
        }
      }
    }
    return dark;
  }
}
