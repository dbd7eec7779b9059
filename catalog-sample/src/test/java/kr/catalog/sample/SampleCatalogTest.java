package kr.catalog.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import kr.catalog.model.Asset;
import kr.catalog.model.BookPage;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCatalogTest {
  /** The sample generated once for the tests that only read it (generating takes seconds). */
  @TempDir static Path shared;

  static Catalog sample;

  @TempDir Path dataDir;

  @BeforeAll
  static void generateOnce() {
    sample = SampleCatalog.ensure(shared);
  }

  @Test
  void firstCallGeneratesAndIngestsTheSampleWithAllNineTopCategories() {
    Catalog catalog = sample;

    assertThat(catalog.products()).hasSize(CatalogGenerator.Size.SAMPLE.products());
    assertThat(catalog.makers()).hasSize(CatalogGenerator.Size.SAMPLE.makers());
    assertThat(catalog.categories().stream().filter(Category::isTop).map(Category::id))
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09");
    assertThat(catalog.makers()).extracting(Maker::id).contains("bosch", "makita", "3m");
    assertThat(Files.isRegularFile(shared.resolve("catalog/manifest.json"))).isTrue();
  }

  @Test
  void theSampleHasManualsWithTextDrawingsWithThumbnailsAndAShortDigitisedBook() {
    Catalog catalog = sample;
    java.util.Set<String> codeKeys = new java.util.HashSet<>();
    catalog.products().forEach(p -> codeKeys.add(p.codeKey()));

    assertThat(catalog.assets())
        .filteredOn(a -> a.kind() == Asset.Kind.MANUAL)
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.mediaType()).isEqualTo("application/pdf");
              assertThat(a.text()).isNotBlank();
              assertThat(a.pageCount()).isPositive();
            });
    assertThat(catalog.assets())
        .filteredOn(a -> a.kind() == Asset.Kind.DRAWING)
        .isNotEmpty()
        .allSatisfy(
            a ->
                assertThat(Files.isRegularFile(shared.resolve("media").resolve(a.thumbnailPath())))
                    .isTrue());
    assertThat(catalog.assets()).extracting(Asset::productCodeKey).allMatch(codeKeys::contains);
    // A short book: cover and contents, then a few pages per section.
    assertThat(catalog.bookPages()).hasSizeBetween(5, 60);
    assertThat(catalog.bookPages())
        .flatExtracting(BookPage::hotspots)
        .isNotEmpty()
        .extracting(BookPage.Hotspot::codeKey)
        .allMatch(codeKeys::contains);
    assertThat(catalog.bookPages()).extracting(BookPage::label).contains("A-1");
  }

  @Test
  void everyFamilyHasADrawnPictureWithItsDerivedSizes() {
    java.util.Set<String> families = new java.util.TreeSet<>();
    sample.products().forEach(p -> families.add(p.family()));

    java.util.Map<String, Asset> pictures = sample.familyPictures();

    assertThat(pictures.keySet()).isEqualTo(families);
    assertThat(pictures.values())
        .allSatisfy(
            a -> {
              assertThat(a.mediaType()).isEqualTo("image/jpeg");
              assertThat(a.renditions())
                  .extracting(Asset.Rendition::width, Asset.Rendition::height)
                  .containsExactly(
                      org.assertj.core.api.Assertions.tuple(160, 120),
                      org.assertj.core.api.Assertions.tuple(320, 240),
                      org.assertj.core.api.Assertions.tuple(640, 480),
                      org.assertj.core.api.Assertions.tuple(1200, 900));
              assertThat(a.renditions())
                  .allSatisfy(
                      r -> assertThat(shared.resolve("media").resolve(r.path())).isRegularFile());
            });
    // Every variant shows its family's picture.
    assertThat(sample.products())
        .allSatisfy(
            p ->
                assertThat(sample.assets())
                    .anyMatch(a -> a.isPicture() && a.productCodeKey().equals(p.codeKey())));
  }

  @Test
  void theSampleHasAFewRealVideosWithPostersAndKoreanCaptions() throws Exception {
    java.util.List<Asset> videos =
        sample.assets().stream().filter(a -> a.kind() == Asset.Kind.VIDEO).toList();
    java.util.List<Asset> captions =
        sample.assets().stream().filter(a -> a.kind() == Asset.Kind.CAPTIONS).toList();

    assertThat(videos).hasSize(PrintedMedia.VIDEOS);
    for (Asset v : videos) {
      assertThat(v.mediaType()).isEqualTo("video/mp4");
      // The poster is a frame decoded from the video's H.264 stream at ingest.
      java.awt.image.BufferedImage poster =
          javax.imageio.ImageIO.read(shared.resolve("media").resolve(v.thumbnailPath()).toFile());
      assertThat(poster.getWidth()).isEqualTo(240);
    }
    assertThat(captions)
        .extracting(Asset::productCodeKey)
        .containsExactlyInAnyOrderElementsOf(videos.stream().map(Asset::productCodeKey).toList());
    assertThat(captions).allSatisfy(c -> assertThat(c.text()).contains("방아쇠를 당깁니다"));
  }

  @Test
  void laterCallsReadTheStoreWithoutRewritingIt() throws Exception {
    Catalog first = SampleCatalog.ensure(dataDir);
    Path products = dataDir.resolve("catalog/products.jsonl");
    FileTime written = Files.getLastModifiedTime(products);

    Catalog second = SampleCatalog.ensure(dataDir);

    assertThat(second).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(products)).isEqualTo(written);
  }

  @Test
  void aFeedEditedByHandIsIngestedAgainNotOverwritten() throws Exception {
    SampleCatalog.ensure(dataDir);
    Path feed = dataDir.resolve("feeds/supplier-a-products.csv");
    java.util.List<String> lines =
        Files.readAllLines(feed, java.nio.charset.StandardCharsets.UTF_8);
    // One cell per column of supplier A's header: the first fifteen filled, the rest empty.
    String filled = "HAND 1,보쉬,손으로 넣은 드릴,,01.01,,1000,N,대한민국,,N,N,N,1kg,100mm";
    int columns = lines.getFirst().split(",", -1).length;
    lines.add(filled + ",".repeat(columns - filled.split(",", -1).length));
    Files.write(feed, lines, java.nio.charset.StandardCharsets.UTF_8);

    Catalog after = SampleCatalog.ensure(dataDir);

    assertThat(after.products()).hasSize(CatalogGenerator.Size.SAMPLE.products() + 1);
    assertThat(after.products()).extracting(Product::codeKey).contains("HAND1");
    assertThat(Files.readAllLines(feed, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(lines);
  }
}
