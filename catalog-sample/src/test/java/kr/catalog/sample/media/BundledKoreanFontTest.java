package kr.catalog.sample.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Korean prints on any machine: the build bundles Noto Sans KR from the npm registry, and both
 * renderers (PDFBox for the book and manuals, Java2D for drawings) read it from the class path, not
 * from the operating system's fonts. Each check uses the bundled file alone.
 */
class BundledKoreanFontTest {
  private static final String KOREAN = "산업용품 종합 카탈로그 충전 임팩트 드릴 가나다 ㄱㅎ GSB 13 RE 89,000원";

  @TempDir Path temp;

  @Test
  void theBuildBundlesTheFontOnTheClassPathNotFromTheSystemFontFolders() {
    Path regular = KoreanFont.require();

    assertThat(regular.toString()).doesNotStartWith("/usr/share/fonts");
    assertThat(regular.getFileName().toString()).isEqualTo(MediaFonts.BUNDLED_REGULAR);
    assertThat(MediaFonts.coversHangul(regular)).isTrue();
    // No control character shares the space glyph, so spaces extract as spaces from the PDFs.
    assertThat(MediaFonts.spaceExtractsAsSpace(regular)).isTrue();
    assertThat(MediaFonts.bundledBold()).get().satisfies(b -> MediaFonts.coversHangul(b));
    // Production takes it unless -Dcatalog.media.font names another.
    if (System.getProperty(MediaFonts.FONT_PROPERTY) == null) {
      assertThat(MediaFonts.koreanRegular()).contains(regular);
    }
  }

  @Test
  void java2dDrawsEveryKoreanGlyphWithTheBundledFontAlone() throws Exception {
    Font font = MediaFonts.loadAwt(KoreanFont.require()).orElseThrow().deriveFont(24f);

    assertThat(font.getFamily(java.util.Locale.ROOT)).contains("Noto Sans KR");
    assertThat(font.canDisplayUpTo(KOREAN)).isEqualTo(-1);
    // And it draws ink for them: a Hangul string is not rendered as empty boxes or nothing.
    BufferedImage image = new BufferedImage(200, 40, BufferedImage.TYPE_BYTE_GRAY);
    var g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 200, 40);
    g.setColor(java.awt.Color.BLACK);
    g.setFont(font);
    g.drawString("한글", 4, 30);
    g.dispose();
    int dark = 0;
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 200; x++) {
        if ((image.getRGB(x, y) & 0xff) < 128) {
          dark++;
        }
      }
    }
    assertThat(dark).isGreaterThan(100);
  }

  @Test
  void pdfboxEmbedsTheBundledFontAndTheKoreanTextExtracts() throws Exception {
    Path pdf = temp.resolve("korean.pdf");
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts =
          PdfFonts.load(document, Optional.of(KoreanFont.require()), MediaFonts.bundledBold());
      assertThat(fonts.korean()).isTrue();
      assertThat(fonts.printable(fonts.regular(), KOREAN)).isEqualTo(KOREAN);
      PDPage page = new PDPage();
      document.addPage(page);
      try (PdfCanvas canvas = new PdfCanvas(document, page, fonts)) {
        canvas.text(36, 100, fonts.regular(), 12, KOREAN);
        canvas.text(36, 130, fonts.bold(), 12, KOREAN);
      }
      document.save(pdf.toFile());
    }
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document)).contains(KOREAN);
      for (var name : document.getPage(0).getResources().getFontNames()) {
        PDFont font = document.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).contains("NotoSansKR");
      }
    }
  }
}
