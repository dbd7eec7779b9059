package kr.catalog.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import kr.catalog.model.Maker;
import org.junit.jupiter.api.Test;

class MakerIndexTest {

  private static Maker maker(String id, String ko, String en) {
    return new Maker(id, ko, en, List.of());
  }

  private static final List<Maker> MAKERS =
      List.of(
          maker("stanley", "스탠리", "Stanley"),
          maker("camus", "까뮤", "Camus"),
          maker("ls", "LS산전", "LS Electric"),
          maker("3m", "3엠", "3M"),
          maker("gaon", "가온", "Gaon"),
          maker("bosch", "보쉬", "Bosch"),
          maker("kiwa", "기와", "kiwa"),
          maker("none", "나없음", "Nobody"));

  private static final Map<String, Long> COUNTS =
      Map.of("stanley", 3L, "camus", 2L, "ls", 1L, "3m", 4L, "gaon", 5L, "bosch", 6L, "kiwa", 1L);

  @Test
  void filesTenseConsonantsUnderTheirPlainOneAndLatinAndDigitsAfterHangul() {
    assertThat(MakerIndex.initialOf("까뮤")).isEqualTo("ㄱ");
    assertThat(MakerIndex.initialOf("쌍용")).isEqualTo("ㅅ");
    assertThat(MakerIndex.initialOf("힐티")).isEqualTo("ㅎ");
    assertThat(MakerIndex.initialOf("bosch")).isEqualTo("B");
    assertThat(MakerIndex.initialOf("3M")).isEqualTo("#");
    assertThat(MakerIndex.initialOf("(주)대성")).isEqualTo("ㄷ");
  }

  @Test
  void koreanIndexIsInDictionaryOrderWithoutMakersThatHaveNothingHere() {
    MakerIndex index = MakerIndex.of(MAKERS, COUNTS, MakerIndex.Script.KO);
    assertThat(index.entries(null))
        .extracting(MakerIndex.Entry::name)
        .containsExactly("가온", "기와", "까뮤", "보쉬", "스탠리", "LS산전", "3엠");
    assertThat(index.initials())
        .extracting(
            MakerIndex.Initial::initial, MakerIndex.Initial::makers, MakerIndex.Initial::products)
        .containsExactly(
            tuple("ㄱ", 3, 8L),
            tuple("ㅂ", 1, 6L),
            tuple("ㅅ", 1, 3L),
            tuple("L", 1, 1L),
            tuple("#", 1, 4L));
    assertThat(index.entries("ㄱ"))
        .extracting(MakerIndex.Entry::id)
        .containsExactly("gaon", "kiwa", "camus");
  }

  @Test
  void englishIndexIsInAbcOrderIgnoringCase() {
    MakerIndex index = MakerIndex.of(MAKERS, COUNTS, MakerIndex.Script.EN);
    assertThat(index.entries(null))
        .extracting(MakerIndex.Entry::name)
        .containsExactly("Bosch", "Camus", "Gaon", "kiwa", "LS Electric", "Stanley", "3M");
  }
}
