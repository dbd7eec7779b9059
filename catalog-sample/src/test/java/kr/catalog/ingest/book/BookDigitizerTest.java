package kr.catalog.ingest.book;

import static kr.catalog.sample.media.BookFixtures.CATEGORIES;
import static kr.catalog.sample.media.BookFixtures.MAKERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import kr.catalog.ingest.asset.AssetRejectedException;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import kr.catalog.model.BookPage;
import kr.catalog.model.BookPage.Hotspot;
import kr.catalog.model.Product;
import kr.catalog.sample.media.BookFixtures;
import kr.catalog.sample.media.CatalogBookWriter;
import kr.catalog.sample.media.CatalogBookWriter.PrintedBook;
import kr.catalog.sample.media.CatalogBookWriter.PrintedPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookDigitizerTest {
  private static final List<String> LABELS = List.of("i", "ii", "A-1", "B-1", "B-2", "C-1", "C-2");

  @TempDir Path temp;

  private final BookDigitizer digitizer = new BookDigitizer(BookDigitizer.Options.DEFAULTS);
  private Map<String, Product> productsByKey;
  private PrintedBook book;

  @BeforeEach
  void writeShortBook() throws Exception {
    List<Product> products = BookFixtures.products(120);
    productsByKey =
        products.stream().collect(Collectors.toMap(Product::codeKey, Function.identity()));
    book =
        new CatalogBookWriter(CatalogBookWriter.Options.DEFAULTS.withMaxPages(12))
            .write(products, MAKERS, CATEGORIES, temp.resolve("book.pdf"));
  }

  @Test
  void findsEveryPrintedProductOnItsPageAndEveryHotspotResolvesToAProduct() throws Exception {
    List<BookPage> pages =
        digitizer.digitize(
            "short-2026", book.path(), temp.resolve("media"), productsByKey.keySet());

    assertThat(pages).hasSize(book.pages().size());
    for (PrintedPage printed : book.pages()) {
      BookPage page = pages.get(printed.index() - 1);
      assertThat(page.index()).isEqualTo(printed.index());
      // Rows are read top to bottom, one code per row: same codes, same order.
      assertThat(page.hotspots())
          .as("hotspots of page %s", printed.label())
          .extracting(Hotspot::codeKey)
          .containsExactlyElementsOf(printed.codeKeys());
      for (Hotspot hotspot : page.hotspots()) {
        Product product = productsByKey.get(hotspot.codeKey());
        assertThat(product).as(hotspot.codeKey()).isNotNull();
        assertThat(hotspot.printedCode()).isEqualTo(product.code());
      }
    }
    assertThat(pages.stream().mapToInt(p -> p.hotspots().size()).sum()).isEqualTo(127);
  }

  @Test
  void readsPrintedLabelsThatDifferFromPageIndexes() throws Exception {
    List<BookPage> pages =
        digitizer.digitize(
            "short-2026", book.path(), temp.resolve("media"), productsByKey.keySet());

    assertThat(pages).extracting(BookPage::label).containsExactlyElementsOf(LABELS);
    assertThat(pages)
        .allSatisfy(p -> assertThat(p.label()).isNotEqualTo(String.valueOf(p.index())));
  }

  @Test
  void fallsBackToTheLabelPrintedInTheFooterWhenThePdfHasNoPageLabels() throws Exception {
    Path unlabelled = temp.resolve("unlabelled.pdf");
    try (PDDocument document = Loader.loadPDF(book.path().toFile())) {
      document.getDocumentCatalog().getCOSObject().removeItem(COSName.PAGE_LABELS);
      document.save(unlabelled.toFile());
    }

    List<BookPage> pages =
        digitizer.digitize("unlabelled", unlabelled, temp.resolve("media"), productsByKey.keySet());

    assertThat(pages).extracting(BookPage::label).containsExactlyElementsOf(LABELS);
  }

  @Test
  void placesBoxesInsideThePageOverTheCodeColumn() throws Exception {
    List<BookPage> pages =
        digitizer.digitize(
            "short-2026", book.path(), temp.resolve("media"), productsByKey.keySet());

    List<Hotspot> all = pages.stream().flatMap(p -> p.hotspots().stream()).toList();
    assertThat(all)
        .allSatisfy(
            h -> {
              assertThat(h.x()).isBetween(0.0, 1.0);
              assertThat(h.y()).isBetween(0.0, 1.0);
              assertThat(h.width()).isPositive();
              assertThat(h.height()).isPositive();
              assertThat(h.x() + h.width()).isLessThanOrEqualTo(1.0);
              assertThat(h.y() + h.height()).isLessThanOrEqualTo(1.0);
              // The code column starts at the 36 pt margin of a 595 pt wide A4 page.
              assertThat(h.x()).isCloseTo(36 / 595.28, within(0.005));
              assertThat(h.height()).isBetween(0.008, 0.03);
            });
    // Rows go down the page: on a page, each box is below the previous one.
    BookPage bearings = pages.get(5);
    List<Double> tops = bearings.hotspots().stream().map(Hotspot::y).toList();
    assertThat(tops).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void writesAPageImageAndAThumbnailPerPageUnderRelativePaths() throws Exception {
    Path media = temp.resolve("media");

    List<BookPage> pages =
        digitizer.digitize("short-2026", book.path(), media, productsByKey.keySet());

    BookPage third = pages.get(2);
    assertThat(third.imagePath()).isEqualTo("book/short-2026/pages/0003.jpg");
    assertThat(third.thumbnailPath()).isEqualTo("book/short-2026/thumbs/0003.jpg");
    for (BookPage page : pages) {
      BufferedImage image = ImageIO.read(media.resolve(page.imagePath()).toFile());
      BufferedImage thumbnail = ImageIO.read(media.resolve(page.thumbnailPath()).toFile());
      // A4 at 110 DPI.
      assertThat(image.getWidth()).isEqualTo(909);
      assertThat(image.getHeight()).isEqualTo(1286);
      assertThat(thumbnail.getWidth()).isLessThanOrEqualTo(200);
      assertThat(thumbnail.getHeight()).isEqualTo(283);
    }
    assertThat(third.text()).contains("GSB 13 RE").contains("A-1");
  }

  @Test
  void givesTheSamePagesWhenDigitisingWithThreeThreads() throws Exception {
    List<BookPage> sequential =
        digitizer.digitize("seq", book.path(), temp.resolve("media"), productsByKey.keySet());
    Path parallelMedia = temp.resolve("media-parallel");

    List<BookPage> parallel =
        new BookDigitizer(BookDigitizer.Options.DEFAULTS.withThreads(3))
            .digitize("seq", book.path(), parallelMedia, productsByKey.keySet());

    assertThat(parallel).containsExactlyElementsOf(sequential);
    for (BookPage page : parallel) {
      assertThat(parallelMedia.resolve(page.imagePath())).isRegularFile();
      assertThat(parallelMedia.resolve(page.thumbnailPath())).isRegularFile();
    }
  }

  @Test
  void findsSingleTokenCodesByPatternWithoutKnownKeys() throws Exception {
    List<BookPage> pages =
        digitizer.digitize("pattern", book.path(), temp.resolve("media"), Set.of());

    List<String> onA1 = pages.get(2).hotspots().stream().map(Hotspot::codeKey).toList();
    assertThat(onA1).contains("DCD796N", "HP1640");
    // A code printed with spaces is three tokens; without known keys it is not recognised.
    assertThat(onA1).doesNotContain("GSB13RE");
  }

  @Test
  void rejectsACorruptBook() throws Exception {
    Path corrupt =
        Files.write(
            temp.resolve("corrupt.pdf"), "%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> digitizer.digitize("bad", corrupt, temp.resolve("media"), Set.of()))
        .isInstanceOfSatisfying(
            AssetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
  }
}
