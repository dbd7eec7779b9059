package kr.catalog.sample.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.catalog.sample.CatalogGenerator;
import org.junit.jupiter.api.Test;

class ProductIllustrationsTest {
  private final ProductIllustrations drawings = new ProductIllustrations();

  /** The leaf categories the generator writes, from its own master. */
  private static List<String> leaves() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("leaves");
    try {
      new CatalogGenerator(CatalogGenerator.Size.SAMPLE)
          .generate(dir, kr.catalog.ingest.pipeline.Progress.NONE);
      List<String> ids = new ArrayList<>();
      for (String line :
          java.nio.file.Files.readAllLines(
              dir.resolve("categories.csv"), java.nio.charset.StandardCharsets.UTF_8)) {
        String id = line.split(",")[0];
        if (id.matches("\\d\\d\\.\\d\\d")) {
          ids.add(id);
        }
      }
      return ids;
    } finally {
      try (var walk = java.nio.file.Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long signature(BufferedImage img) {
    long h = 17;
    for (int y = 0; y < img.getHeight(); y += 7) {
      for (int x = 0; x < img.getWidth(); x += 7) {
        h = h * 31 + img.getRGB(x, y);
      }
    }
    return h;
  }

  /**
   * Sampled pixels of the colour's hue, strongly coloured: the body is shaded (lit from the top,
   * darker below), so its pixels share the maker colour's hue rather than its exact value.
   */
  private static long pixelsNear(BufferedImage img, Color c) {
    float[] target = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
    float[] hsb = new float[3];
    long n = 0;
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        Color p = new Color(img.getRGB(x, y));
        Color.RGBtoHSB(p.getRed(), p.getGreen(), p.getBlue(), hsb);
        float hueDistance = Math.abs(hsb[0] - target[0]);
        hueDistance = Math.min(hueDistance, 1 - hueDistance);
        if (hueDistance < 0.04f && hsb[1] > 0.5f && hsb[2] > 0.35f) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void everyLeafOfTheGeneratorHasADrawingOfItsOwnAllDifferent() throws Exception {
    List<String> leaves = leaves();
    assertThat(leaves).hasSize(44);
    Set<Long> seen = new HashSet<>();
    for (String leaf : leaves) {
      assertThat(drawings.draws(leaf)).as(leaf).isTrue();
      BufferedImage img = drawings.draw(leaf, "bosch", "M1");
      assertThat(img.getWidth()).isEqualTo(ProductIllustrations.WIDTH);
      assertThat(seen.add(signature(img)))
          .as("drawing of %s differs from the others", leaf)
          .isTrue();
    }
  }

  @Test
  void sameInputsSamePixelsAndTheMakersColourShows() {
    long a = signature(drawings.draw("01.01", "dewalt", "DCD-1"));
    long b = signature(drawings.draw("01.01", "dewalt", "DCD-1"));
    long otherModel = signature(drawings.draw("01.01", "dewalt", "DCD-2"));
    assertThat(a).isEqualTo(b);
    assertThat(otherModel).isNotEqualTo(a);

    BufferedImage dewalt = drawings.draw("01.01", "dewalt", "X");
    BufferedImage bosch = drawings.draw("01.01", "bosch", "X");
    Color yellow = ProductIllustrations.makerColour("dewalt");
    assertThat(pixelsNear(dewalt, yellow)).isGreaterThan(2_000);
    assertThat(pixelsNear(bosch, yellow)).isLessThan(pixelsNear(dewalt, yellow) / 10);
  }
}
