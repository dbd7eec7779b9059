package kr.catalog.sample.media;

import static kr.catalog.sample.media.BookFixtures.CATEGORIES;
import static kr.catalog.sample.media.BookFixtures.DRILL_BOSCH;
import static kr.catalog.sample.media.BookFixtures.DRILL_MAKITA;
import static kr.catalog.sample.media.BookFixtures.MAKERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kr.catalog.ingest.asset.AssetExtractor;
import kr.catalog.ingest.asset.ExtractionLimits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a usable Korean font, generation goes on in English: it never fails. */
class FontFallbackTest {
  @TempDir Path temp;

  @Test
  void aBrokenFontFileFallsBackToHelveticaWhichDropsHangul() throws Exception {
    Path notAFont =
        Files.write(temp.resolve("broken.ttf"), "not a font".getBytes(StandardCharsets.US_ASCII));
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = PdfFonts.load(document, Optional.of(notAFont), Optional.empty());

      assertThat(fonts.korean()).isFalse();
      assertThat(fonts.printable(fonts.regular(), "충전 임팩트 드릴 GSB 13 RE")).isEqualTo("GSB 13 RE");
    }
  }

  @Test
  void writesAnEnglishOnlyBookWithoutAKoreanFont() throws Exception {
    CatalogBookWriter writer =
        new CatalogBookWriter(
            CatalogBookWriter.Options.DEFAULTS.withMaxPages(12),
            document -> PdfFonts.load(document, Optional.empty(), Optional.empty()));

    var book =
        writer.write(BookFixtures.products(20), MAKERS, CATEGORIES, temp.resolve("book.pdf"));

    try (PDDocument document = Loader.loadPDF(book.path().toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Impact drill")
          .contains("Bosch")
          .contains("Power tools")
          .contains("GSB 13 RE")
          .doesNotContain("드릴");
      assertThat(text).contains("Contents");
    }
    assertThat(book.productsPrinted()).isEqualTo(27);
  }

  @Test
  void writesAnEnglishOnlyManualWithoutAKoreanFont() throws Exception {
    ManualPdfWriter writer =
        new ManualPdfWriter(
            42, document -> PdfFonts.load(document, Optional.empty(), Optional.empty()));

    var manual =
        writer.write(
            "GSB13RE", List.of(DRILL_BOSCH, DRILL_MAKITA), "보쉬 Bosch", temp.resolve("m.pdf"));

    String text = new AssetExtractor(ExtractionLimits.DEFAULTS).extract(manual.path()).text();
    assertThat(manual.korean()).isFalse();
    assertThat(text)
        .contains("Instruction Manual")
        .contains("Impact drill")
        .contains("Safety instructions");
    assertThat(text).doesNotContain("사용 설명서").doesNotContain("보쉬");
  }
}
