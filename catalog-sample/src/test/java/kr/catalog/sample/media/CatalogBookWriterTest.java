package kr.catalog.sample.media;

import static kr.catalog.sample.media.BookFixtures.CATEGORIES;
import static kr.catalog.sample.media.BookFixtures.MAKERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kr.catalog.model.Product;
import kr.catalog.sample.media.CatalogBookWriter.PrintedBook;
import kr.catalog.sample.media.CatalogBookWriter.PrintedPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogBookWriterTest {
  @TempDir Path temp;

  private final CatalogBookWriter writer =
      new CatalogBookWriter(CatalogBookWriter.Options.DEFAULTS.withMaxPages(12));

  @Test
  void labelsFrontMatterInRomanAndSectionsByLetterInThePdfAndOnThePage() throws Exception {
    PrintedBook book =
        writer.write(BookFixtures.products(120), MAKERS, CATEGORIES, temp.resolve("book.pdf"));

    // 127 listable products (the discontinued drill is left out) at 49 rows a page: cover,
    // contents, then A (drills, grinders: 1 page), B (end mills: 2), C (bearings: 2).
    assertThat(book.pages())
        .extracting(PrintedPage::label)
        .containsExactly("i", "ii", "A-1", "B-1", "B-2", "C-1", "C-2");
    assertThat(book.productsPrinted()).isEqualTo(127);
    assertThat(book.stride()).isEqualTo(1);
    try (PDDocument document = Loader.loadPDF(book.path().toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(7);
      assertThat(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
          .containsExactly("i", "ii", "A-1", "B-1", "B-2", "C-1", "C-2");
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(5);
      stripper.setEndPage(5);
      String pageFive = stripper.getText(document);
      assertThat(pageFive.strip()).endsWith("B-2");
    }
  }

  @Test
  void printsEachListedProductOnceWithCodeNameMakerAndPrice() throws Exception {
    PrintedBook book =
        writer.write(BookFixtures.products(20), MAKERS, CATEGORIES, temp.resolve("book.pdf"));

    List<String> printed = book.pages().stream().flatMap(p -> p.codeKeys().stream()).toList();
    assertThat(printed).doesNotHaveDuplicates().hasSize(27).doesNotContain("OLD100");
    // Sections in category order, products by code key inside a leaf category.
    assertThat(printed.subList(0, 4)).containsExactly("DCD796N", "GSB13RE", "HP1640", "GWS750100");
    try (PDDocument document = Loader.loadPDF(book.path().toFile())) {
      String text = new PDFTextStripper().getText(document);
      if (MediaFonts.koreanAvailable()) {
        assertThat(text).contains("충전 임팩트 드릴").contains("보쉬 Bosch").contains("전동공구 Power tools");
      } else {
        assertThat(text).contains("Impact drill").contains("Bosch").contains("Power tools");
      }
      assertThat(text)
          .contains("GSB 13 RE")
          .contains("EM.4F/10")
          .contains("6204-2RSH")
          .contains("89,000");
    }
  }

  /** Korean names with a Korean font the test names itself (see {@link KoreanFont}). */
  @Test
  void printsKoreanNamesWithAKoreanFont() throws Exception {
    Path font = KoreanFont.require();
    CatalogBookWriter korean =
        new CatalogBookWriter(
            CatalogBookWriter.Options.DEFAULTS.withMaxPages(12),
            document -> PdfFonts.load(document, Optional.of(font), Optional.empty()));

    PrintedBook book =
        korean.write(BookFixtures.products(20), MAKERS, CATEGORIES, temp.resolve("book.pdf"));

    try (PDDocument document = Loader.loadPDF(book.path().toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("임팩트").contains("보쉬").contains("전동공구").contains("GSB 13 RE");
    }
  }

  @Test
  void printsAnEvenSampleWhenTheCatalogDoesNotFitThePageCap() throws Exception {
    List<Product> products = BookFixtures.products(2000);

    PrintedBook book = writer.write(products, MAKERS, CATEGORIES, temp.resolve("book.pdf"));

    assertThat(book.pages()).hasSizeLessThanOrEqualTo(12);
    assertThat(book.stride()).isGreaterThan(1);
    assertThat(book.productsGiven()).isEqualTo(2008);
    // Every leaf category keeps its first product by code.
    List<String> printed = book.pages().stream().flatMap(p -> p.codeKeys().stream()).toList();
    assertThat(printed)
        .contains("DCD796N", "GWS750100", "62042RSH")
        .hasSize(book.productsPrinted());
  }

  @Test
  void writesTheSameBytesForTheSameInput() throws Exception {
    List<Product> products = BookFixtures.products(60);
    Path first = writer.write(products, MAKERS, CATEGORIES, temp.resolve("a.pdf")).path();
    Path second = writer.write(products, MAKERS, CATEGORIES, temp.resolve("b.pdf")).path();

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void refusesACapThatCannotHoldOneProductPerCategory() {
    CatalogBookWriter tiny =
        new CatalogBookWriter(CatalogBookWriter.Options.DEFAULTS.withMaxPages(4));

    assertThatThrownBy(
            () -> tiny.write(BookFixtures.products(10), MAKERS, CATEGORIES, temp.resolve("x.pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("over the cap of 4");
    assertThat(temp.resolve("x.pdf")).doesNotExist();
  }
}
