package kr.catalog.sample.media;

import static kr.catalog.sample.media.BookFixtures.DRILL_BOSCH;
import static kr.catalog.sample.media.BookFixtures.DRILL_DEWALT;
import static kr.catalog.sample.media.BookFixtures.DRILL_MAKITA;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.catalog.ingest.asset.AssetExtractor;
import kr.catalog.ingest.asset.ExtractedText;
import kr.catalog.ingest.asset.ExtractionLimits;
import kr.catalog.model.Product;
import kr.catalog.sample.media.ManualPdfWriter.Manual;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualPdfWriterTest {
  @TempDir Path temp;

  private final List<Product> drills = List.of(DRILL_BOSCH, DRILL_MAKITA, DRILL_DEWALT);

  @Test
  void writesAFewPageManualWhoseTextTikaReadsBack() throws Exception {
    Manual manual =
        new ManualPdfWriter(42).write("GSB13RE", drills, "보쉬 Bosch", temp.resolve("m.pdf"));

    ExtractedText text = new AssetExtractor(ExtractionLimits.DEFAULTS).extract(manual.path());

    // Cover, overview and safety, specifications, maintenance and warranty.
    assertThat(manual.pageCount()).isEqualTo(4);
    assertThat(text.pageCount()).isEqualTo(4);
    assertThat(manual.documentNumber()).matches("MAN-GSB13RE-R[1-4]");
    assertThat(text.text())
        .contains("Instruction Manual")
        .contains(manual.documentNumber())
        .contains("GSB 13 RE", "HP1640", "DCD796N")
        .contains("Specifications")
        .contains("months from the date of purchase");
    assertThat(manual.korean()).isEqualTo(MediaFonts.koreanAvailable());
    if (manual.korean()) {
      assertThat(text.text()).contains("사용 설명서").contains("안전 주의사항").contains("충전 임팩트 드릴");
    } else {
      assertThat(text.text()).doesNotContain("사용 설명서");
    }
  }

  /**
   * The Korean pages with a Korean font the test names itself (Debian's fonts-nanum, which {@code
   * .ci/run} installs), not the one production's font search finds: without it the test is skipped
   * on a developer's machine and fails on CI, instead of passing on the English-only path.
   */
  @Test
  void writesKoreanTextWithAKoreanFont() throws Exception {
    Path font = KoreanFont.require();
    ManualPdfWriter writer =
        new ManualPdfWriter(
            42, document -> PdfFonts.load(document, Optional.of(font), Optional.empty()));

    Manual manual = writer.write("GSB13RE", drills, "보쉬 Bosch", temp.resolve("m.pdf"));

    String text = new AssetExtractor(ExtractionLimits.DEFAULTS).extract(manual.path()).text();
    assertThat(manual.korean()).isTrue();
    assertThat(text).contains("설명서").contains("주의사항").contains("임팩트").contains("GSB 13 RE");
  }

  @Test
  void continuesTheSpecificationTableOnMorePagesForALargeFamily() throws Exception {
    List<Product> family = new ArrayList<>(BookFixtures.products(60));

    Manual manual = new ManualPdfWriter(42).write("EM", family, "와이지원 YG-1", temp.resolve("m.pdf"));

    assertThat(manual.pageCount()).isGreaterThan(4);
    String text = new AssetExtractor(ExtractionLimits.DEFAULTS).extract(manual.path()).text();
    assertThat(text).contains("Specifications (continued)").contains("EM-0060-S");
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherManual() throws Exception {
    Path a = new ManualPdfWriter(7).write("GSB13RE", drills, "Bosch", temp.resolve("a.pdf")).path();
    Path b = new ManualPdfWriter(7).write("GSB13RE", drills, "Bosch", temp.resolve("b.pdf")).path();
    Path c = new ManualPdfWriter(8).write("GSB13RE", drills, "Bosch", temp.resolve("c.pdf")).path();

    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
  }
}
