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
  void labelsFrontMatterInRomanSectionsByLetterAndTheIndexAtTheBackInThePdfAndOnThePage()
      throws Exception {
    PrintedBook book =
        writer.write(BookFixtures.products(120), MAKERS, CATEGORIES, temp.resolve("book.pdf"));

    // 127 listable products (the discontinued drill is left out) in 17 families: cover, contents,
    // then A (drills, grinders), B (end mills), C (bearings), then the maker index.
    List<String> labels = book.pages().stream().map(PrintedPage::label).toList();
    assertThat(labels.subList(0, 3)).containsExactly("i", "ii", "A-1");
    assertThat(labels.getLast()).isEqualTo("IDX-1");
    assertThat(labels.subList(2, labels.size() - 1))
        .allMatch(l -> l.matches("[ABC]-\\d+"))
        .contains("B-1", "C-1");
    assertThat(book.productsPrinted()).isEqualTo(127);
    assertThat(book.stride()).isEqualTo(1);
    try (PDDocument document = Loader.loadPDF(book.path().toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(labels.size());
      assertThat(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
          .containsExactlyElementsOf(labels);
      int bearings = labels.indexOf("C-1") + 1;
      String page = text(document, bearings);
      // Running head: the section and the leaf category; the printed label at the foot.
      assertThat(page).contains("Bearings").contains("Ball bearings").contains("C-1");
      assertThat(page.strip()).endsWith("C-1");
    }
  }

  @Test
  void printsEachListedProductOnceInItsFamilysSpecTableWithCodeSpecAndPrice() throws Exception {
    PrintedBook book =
        writer.write(BookFixtures.products(20), MAKERS, CATEGORIES, temp.resolve("book.pdf"));

    List<String> printed = book.pages().stream().flatMap(p -> p.codeKeys().stream()).toList();
    assertThat(printed).doesNotHaveDuplicates().hasSize(27).doesNotContain("OLD100");
    // Sections in category order, families by their first code key inside a leaf category.
    assertThat(printed.subList(0, 4)).containsExactly("DCD796N", "GSB13RE", "HP1640", "GWS750100");
    // One picture link per family, to its first variant.
    List<String> pictures =
        book.pages().stream().flatMap(p -> p.pictureCodeKeys().stream()).toList();
    assertThat(pictures).startsWith("DCD796N", "GSB13RE", "HP1640", "GWS750100").hasSize(9);
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
          .contains("89,000")
          // The spec column: what tells a family's variants apart.
          .contains("Diameter 2 mm");
    }
  }

  /** Korean names with the font the build bundles (see {@link KoreanFont}). */
  @Test
  void printsKoreanNamesAndAMakerIndexInGanadaThenAbcOrderWithTheBundledFont() throws Exception {
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
      String index = text(document, book.pages().size());
      assertThat(index).contains("제조사 색인").contains("IDX-1");
      // 가나다 under initial consonants: 디월트 (ㄷ), 마끼다 (ㅁ), 보쉬 (ㅂ), 와이지원 (ㅇ); then ABC.
      assertThat(index)
          .containsSubsequence(
              "ㄷ", "디월트", "ㅁ", "마끼다", "ㅂ", "보쉬", "ㅇ", "와이지원", "B", "Bosch", "D", "DeWALT", "M",
              "Makita", "N", "NSK", "S", "SKF", "Y", "YG-1");
      // Page references: Bosch prints on the drills' page A-1.
      assertThat(index).containsPattern("Bosch[^\\n]*A-1");
    }
  }

  @Test
  void printsTheFamilysPictureWhenTheCatalogHasOneAndADrawnFrameOtherwise() throws Exception {
    Path png = temp.resolve("drill.png");
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", png.toFile());
    CatalogBookWriter withPictures =
        new CatalogBookWriter(
            CatalogBookWriter.Options.DEFAULTS.withMaxPages(12),
            (family, variants) ->
                family.equals("GSB13RE") ? Optional.of(png) : Optional.<Path>empty());

    PrintedBook book =
        withPictures.write(BookFixtures.products(20), MAKERS, CATEGORIES, temp.resolve("book.pdf"));

    try (PDDocument document = Loader.loadPDF(book.path().toFile())) {
      int drills =
          book.pages().stream().filter(p -> p.label().equals("A-1")).findFirst().get().index();
      var page = document.getPage(drills - 1);
      long images =
          java.util.stream.StreamSupport.stream(
                  page.getResources().getXObjectNames().spliterator(), false)
              .count();
      assertThat(images).isEqualTo(1);
      // Every family's slot is a link to its product, picture or frame.
      assertThat(page.getAnnotations())
          .hasSize(book.pages().get(drills - 1).pictureCodeKeys().size())
          .allSatisfy(
              a ->
                  assertThat(
                          ((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI)
                                  ((org.apache.pdfbox.pdmodel.interactive.annotation
                                              .PDAnnotationLink)
                                          a)
                                      .getAction())
                              .getURI())
                      .startsWith(CatalogBookWriter.PRODUCT_LINK));
      int bearingsPage =
          book.pages().stream().filter(p -> p.label().equals("C-1")).findFirst().get().index();
      assertThat(document.getPage(bearingsPage - 1).getResources().getXObjectNames()).isEmpty();
    }
  }

  private static String text(PDDocument document, int page) throws java.io.IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
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
    assertThat(book.pages().getLast().label()).isEqualTo("IDX-1");
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
