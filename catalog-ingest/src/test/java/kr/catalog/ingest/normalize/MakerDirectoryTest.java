package kr.catalog.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Maker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MakerDirectoryTest {
  static final Maker BOSCH = new Maker("bosch", "보쉬", "Bosch", List.of("Robert Bosch"));
  static final Maker MAKITA = new Maker("makita", "마끼다", "Makita", List.of("마키타"));
  static final Maker THREE_M = new Maker("3m", "쓰리엠", "3M", List.of("한국쓰리엠"));
  static final MakerDirectory DIRECTORY = new MakerDirectory(List.of(BOSCH, MAKITA, THREE_M));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "보쉬",
        "BOSCH",
        "Bosch Korea (주)",
        "bosch gmbh",
        "Bosch Co., Ltd.",
        "(주)보쉬",
        "㈜보쉬",
        "보쉬 주식회사",
        "주식회사보쉬",
        "보쉬코리아",
        "  Ｂｏｓｃｈ  ",
        "Robert Bosch",
        "ROBERT BOSCH GMBH"
      })
  void everyBoschSpellingNamesBosch(String spelling) {
    assertThat(DIRECTORY.require(spelling)).isEqualTo(BOSCH);
  }

  @Test
  void aliasesFromTheMasterMatchSpellingsNoRuleDerives() {
    assertThat(DIRECTORY.require("마키타")).isEqualTo(MAKITA);
    assertThat(DIRECTORY.require("한국쓰리엠")).isEqualTo(THREE_M);
    assertThat(DIRECTORY.require("3M Korea")).isEqualTo(THREE_M);
  }

  @Test
  void anUnknownSpellingIsAnUnknownMakerReject() {
    assertThatThrownBy(() -> DIRECTORY.require("Acme Unknown Tools (주)"))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.UNKNOWN_MAKER);
              assertThat(e.field()).isEqualTo("maker");
            });
  }

  @Test
  void anEmptyMakerIsAMissingField() {
    assertThatThrownBy(() -> DIRECTORY.require(" "))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_FIELD));
  }

  @Test
  void aKeyTwoMakersShareMatchesNeither() {
    // "Hanil" and "HANIL Co., Ltd." normalise to the same key but are listed as two makers.
    MakerDirectory d =
        new MakerDirectory(
            List.of(
                new Maker("hanil-a", "한일", "Hanil", List.of()),
                new Maker("hanil-b", "한일공업", "HANIL Co., Ltd.", List.of())));
    assertThat(d.find("hanil")).isEmpty();
    assertThat(d.find("한일공업")).map(Maker::id).contains("hanil-b");
    assertThat(d.ambiguousKeys()).containsExactly("hanil");
  }
}
