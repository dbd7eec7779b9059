package kr.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VatTest {
  @Test
  void vatIncludedPricesLoseTheirTenPercentRoundedHalfUp() {
    assertThat(Vat.withoutVat(1_357_400)).isEqualTo(1_234_000); // exact
    assertThat(Vat.withoutVat(1_000)).isEqualTo(909); // 909.09 rounds down
    assertThat(Vat.withoutVat(1_001)).isEqualTo(910); // 910.09
    assertThat(Vat.withoutVat(6)).isEqualTo(5); // 5.45
    assertThat(Vat.withoutVat(17)).isEqualTo(15); // 15.45
    assertThat(Vat.withoutVat(0)).isZero();
  }

  @Test
  void addingAndRemovingVatRoundTripsForEveryPrice() {
    for (long p = 0; p <= 200_000; p++) {
      assertThat(Vat.withoutVat(Vat.withVat(p))).as("price %d", p).isEqualTo(p);
    }
    assertThat(Vat.withVat(1_234_000)).isEqualTo(1_357_400);
    assertThat(Vat.withVat(905)).isEqualTo(996); // VAT 90.5 rounds up to 91
  }
}
