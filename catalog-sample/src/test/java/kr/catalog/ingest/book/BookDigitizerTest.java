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

  private List<String> labels() {
    return book.pages().stream().map(PrintedPage::label).toList();
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
      // Rows are read top to bottom, one code per row: same codes, same order; then the links
      // over the families' pictures.
      List<String> expected = new java.util.ArrayList<>(printed.codeKeys());
      expected.addAll(printed.pictureCodeKeys());
      assertThat(page.hotspots())
          .as("hotspots of page %s", printed.label())
          .extracting(Hotspot::codeKey)
          .containsExactlyElementsOf(expected);
      for (Hotspot hotspot : page.hotspots()) {
        Product product = productsByKey.get(hotspot.codeKey());
        assertThat(product).as(hotspot.codeKey()).isNotNull();
        assertThat(hotspot.printedCode()).isEqualTo(product.code());
      }
    }
    // 127 printed codes and a picture for each of the 17 families.
    assertThat(pages.stream().mapToInt(p -> p.hotspots().size()).sum()).isEqualTo(127 + 17);
  }

  @Test
  void readsPrintedLabelsThatDifferFromPageIndexes() throws Exception {
    List<BookPage> pages =
        digitizer.digitize(
            "short-2026", book.path(), temp.resolve("media"), productsByKey.keySet());

    assertThat(pages).extracting(BookPage::label).containsExactlyElementsOf(labels());
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

    assertThat(pages).extracting(BookPage::label).containsExactlyElementsOf(labels());
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
            });
    for (PrintedPage printed : book.pages()) {
      List<Hotspot> spots = pages.get(printed.index() - 1).hotspots();
      List<Hotspot> codes = spots.subList(0, printed.codeKeys().size());
      List<Hotspot> pictures = spots.subList(printed.codeKeys().size(), spots.size());
      // The code column of the spec tables starts right of the 112 pt picture slot (162 pt of a
      // 595 pt wide A4 page); pictures start at the 36 pt margin and are 80 pt high.
      assertThat(codes)
          .allSatisfy(
              h -> {
                assertThat(h.x()).isCloseTo(162 / 595.28, within(0.005));
                assertThat(h.height()).isBetween(0.008, 0.03);
              });
      assertThat(pictures)
          .allSatisfy(
              h -> {
                assertThat(h.x()).isCloseTo(36 / 595.28, within(0.001));
                assertThat(h.height()).isCloseTo(80 / 841.89, within(0.001));
              });
      // Rows go down the page: on a page, each code's box is below the previous one.
      assertThat(codes.stream().map(Hotspot::y).toList()).isSorted().doesNotHaveDuplicates();
    }
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
      // Narrower renditions for the viewer's srcset, the full image last, sizes as written.
      assertThat(page.renditions())
          .extracting(BookPage.Rendition::width)
          .containsExactly(480, 720, 909);
      assertThat(page.renditions().getLast().path()).isEqualTo(page.imagePath());
      for (BookPage.Rendition rendition : page.renditions()) {
        BufferedImage written = ImageIO.read(media.resolve(rendition.path()).toFile());
        assertThat(written.getWidth()).isEqualTo(rendition.width());
        assertThat(written.getHeight()).isEqualTo(rendition.height());
      }
    }
    assertThat(third.renditions().getFirst().path())
        .isEqualTo("book/short-2026/pages/0003-480w.jpg");
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

    PrintedPage a1 = book.pages().get(2);
    List<Hotspot> spots = pages.get(2).hotspots();
    // The printed codes come first, then the picture links (which name their code whole).
    int pictures = a1.pictureCodeKeys().size();
    List<String> printed =
        spots.subList(0, spots.size() - pictures).stream().map(Hotspot::codeKey).toList();
    assertThat(printed).contains("DCD796N", "HP1640");
    // A code printed with spaces is three tokens; without known keys it is not recognised.
    assertThat(printed).doesNotContain("GSB13RE");
    assertThat(spots.subList(spots.size() - pictures, spots.size()))
        .extracting(Hotspot::codeKey)
        .containsExactlyElementsOf(a1.pictureCodeKeys());
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
