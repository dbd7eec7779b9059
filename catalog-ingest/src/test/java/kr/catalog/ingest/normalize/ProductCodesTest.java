package kr.catalog.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductCodesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "GSB 13 RE",
        "gsb-13-re",
        "GSB_13RE",
        "GSB.13.RE",
        "GSB/13/RE",
        "gsb13re",
        "ＧＳＢ１３ＲＥ",
        " GSB 13  RE "
      })
  void everyCodeFormHasTheSameKey(String form) {
    assertThat(ProductCodes.requireKey(form)).isEqualTo("GSB13RE");
  }

  @Test
  void theDisplayFormKeepsSeparatorsUpperCasedAndCollapsed() {
    assertThat(ProductCodes.display(" gsb  13 re ")).isEqualTo("GSB 13 RE");
    assertThat(ProductCodes.display("dhp-481z")).isEqualTo("DHP-481Z");
    assertThat(ProductCodes.display("ＴＣ４０１２.０５")).isEqualTo("TC4012.05");
  }

  @Test
  void aCodeWithForeignCharactersIsAnInvalidCode() {
    assertThatThrownBy(() -> ProductCodes.requireKey("GSB★13"))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_CODE));
    assertThatThrownBy(() -> ProductCodes.requireKey("- / -"))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_CODE));
  }

  @Test
  void anEmptyCodeIsAMissingField() {
    assertThatThrownBy(() -> ProductCodes.requireKey(""))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_FIELD));
  }

  @Test
  void modelNumbersLookLikeCodesAndWordsDoNot() {
    assertThat(Keys.looksLikeCode("ELP-LP12")).isTrue();
    assertThat(Keys.looksLikeCode("dv7-1211ea")).isTrue();
    assertThat(Keys.looksLikeCode("Power Supply for Small Business VoIP")).isFalse();
    assertThat(Keys.looksLikeCode("E250, E35X 3.5K RP Toner Cartridge")).isFalse();
  }
}
