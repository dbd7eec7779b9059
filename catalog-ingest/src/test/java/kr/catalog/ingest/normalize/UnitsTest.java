package kr.catalog.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.catalog.ingest.report.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {
  @ParameterizedTest(name = "{0} (column unit {1}) is {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "250mm | - | 250 mm",
        "25 cm | - | 250 mm",
        "9.8425 in | - | 250 mm",
        "9.8425\" | - | 250 mm",
        "10인치 | - | 254 mm",
        "1,5 m | - | 1500 mm",
        "250 | mm | 250 mm",
        "9.8425 | inch | 250 mm",
        "12.34 mm | - | 12.3 mm"
      })
  void lengthsBecomeMillimetres(String raw, String columnUnit, String expected) {
    assertThat(Units.lengthMm(raw, columnUnit)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} (column unit {1}) is {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "1.2kg | - | 1.2 kg",
        "1200g | - | 1.2 kg",
        "1,200 g | - | 1.2 kg",
        "1,5 kg | - | 1.5 kg",
        "2.65 lb | - | 1.202 kg",
        "850 | g | 0.85 kg",
        "12 kg | g | 12 kg",
        "1.2 ㎏ | - | 1.2 kg"
      })
  void weightsBecomeKilograms(String raw, String columnUnit, String expected) {
    assertThat(Units.weightKg(raw, columnUnit)).isEqualTo(expected);
  }

  @Test
  void aQuantityWithoutNumberUnitOrKnownUnitIsAnInvalidUnit() {
    for (String raw : new String[] {"약 2kg", "2 ft", "250", "3 stone"}) {
      assertThatThrownBy(() -> Units.weightKg(raw, null))
          .as(raw)
          .isInstanceOfSatisfying(
              NormalizationException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(RejectReason.INVALID_UNIT);
                assertThat(e.field()).isEqualTo("weight");
              });
    }
  }
}
