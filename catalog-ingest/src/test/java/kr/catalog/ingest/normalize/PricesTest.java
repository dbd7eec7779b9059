package kr.catalog.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import kr.catalog.ingest.report.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PricesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "₩1,234,000",
        "￦1,234,000",
        "1,234,000원",
        "1.234.000원",
        "1234000",
        "KRW 1 234 000",
        "1234000.0",
        " 1,234,000 "
      })
  void everyPriceSpellingIsTheSameWholeKrw(String raw) {
    assertThat(Prices.parseKrw(raw)).isEqualTo(1_234_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234.5", "12,345.5", "가격문의", "0", "-1000", "1,23,000", "99999999999"})
  void aPriceThatIsNoWholePositiveKrwIsAnInvalidPrice(String raw) {
    assertThatThrownBy(() -> Prices.parseKrw(raw))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.INVALID_PRICE);
              assertThat(e.field()).isEqualTo("price");
            });
  }

  @Test
  void anEmptyPriceIsAMissingField() {
    assertThatThrownBy(() -> Prices.parseKrw(""))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_FIELD));
  }

  @Test
  void foreignAmountsConvertAtAFixedRateHalfUp() {
    assertThat(Prices.toKrw(new BigDecimal("438.84"), new BigDecimal("1400"))).isEqualTo(614_376L);
    assertThat(Prices.toKrw(new BigDecimal("0.0005"), new BigDecimal("1000"))).isEqualTo(1L);
  }
}
