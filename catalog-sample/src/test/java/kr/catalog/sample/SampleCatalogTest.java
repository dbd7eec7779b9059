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
    lines.add("HAND 1,보쉬,손으로 넣은 드릴,,01.01,,1000,N,대한민국,,N,N,N,1kg,100mm,,,,,,");
    Files.write(feed, lines, java.nio.charset.StandardCharsets.UTF_8);

    Catalog after = SampleCatalog.ensure(dataDir);

    assertThat(after.products()).hasSize(CatalogGenerator.Size.SAMPLE.products() + 1);
    assertThat(after.products()).extracting(Product::codeKey).contains("HAND1");
    assertThat(Files.readAllLines(feed, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(lines);
  }
}
