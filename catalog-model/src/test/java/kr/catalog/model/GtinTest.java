package kr.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "96385074", // GTIN-8 (EAN-8), GS1's example
        "036000291452", // GTIN-12 (UPC-A)
        "4006381333931", // GTIN-13 (EAN-13)
        "8801234567893", // GTIN-13 with the Korean 880 prefix
        "10012345678902" // GTIN-14
      })
  void acceptsRealBarcodes(String barcode) {
    assertThat(Gtin.isValid(barcode)).isTrue();
    assertThat(Gtin.withCheckDigit(barcode.substring(0, barcode.length() - 1))).isEqualTo(barcode);
  }

  @Test
  void refusesAWrongCheckDigitAndSaysWhichIsRight() {
    assertThat(Gtin.isValid("8801234567891")).isFalse();
    assertThat(Gtin.expectedCheckDigit("8801234567891")).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567", "12345678901", "123456789012345", "88012345678X3"})
  void onlyDigitsOfAGtinLengthHaveItsShape(String key) {
    assertThat(Gtin.hasGtinShape(key)).isFalse();
    assertThat(Gtin.isValid(key)).isFalse();
  }

  @Test
  void everyLengthOfOneNumberSharesItsFourteenDigitForm() {
    assertThat(Gtin.gtin14("036000291452")).isEqualTo(Gtin.gtin14("0036000291452"));
    assertThat(Gtin.gtin14("036000291452")).isEqualTo("00036000291452");
  }

  @Test
  void typedBarcodesLoseTheirSpacesAndDashes() {
    assertThat(Gtin.digits(" 880 1234-567893 ")).isEqualTo("8801234567893");
    assertThat(new Identifier(Identifier.Kind.BARCODE, "880 1234 567893").key())
        .isEqualTo("8801234567893");
    assertThat(new Identifier(Identifier.Kind.MODEL_NUMBER, "elp-lp12").key()).isEqualTo("ELPLP12");
  }
}
