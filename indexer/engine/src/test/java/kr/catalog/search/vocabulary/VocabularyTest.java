package kr.catalog.search.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kr.catalog.search.vocabulary.VocabularyEntry.Direction;
import kr.catalog.search.vocabulary.VocabularyEntry.Kind;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static VocabularyEntry entry(Direction d, String... terms) {
    return new VocabularyEntry(List.of(terms), d, null, Kind.SYNONYM, "test");
  }

  @Test
  void aOneWayEntryExpandsItsFirstTermOnly() {
    Vocabulary v = Vocabulary.of(List.of(entry(Direction.ONE_WAY, "기리", "드릴비트", "drill bit")));

    assertThat(v.alternativesOf("기리")).containsExactly("drill bit", "드릴비트");
    assertThat(v.alternativesOf("드릴비트")).isEmpty();
  }

  @Test
  void spellingsOfAWordMeanWhatTheWordMeans() {
    // 끼리 is a spelling of 기리 (two-way); 기리 means 드릴비트 (one-way): so does 끼리.
    Vocabulary v =
        Vocabulary.of(
            List.of(
                entry(Direction.ONE_WAY, "기리", "드릴비트"),
                entry(Direction.TWO_WAY, "기리", "끼리"),
                entry(Direction.TWO_WAY, "드릴비트", "드릴날")));

    assertThat(v.alternativesOf("끼리")).containsExactly("기리", "드릴날", "드릴비트");
    assertThat(v.alternativesOf("드릴날")).containsExactly("드릴비트");
  }

  @Test
  void termsAreComparedIgnoringCaseWidthAndSpacing() {
    Vocabulary v = Vocabulary.of(List.of(entry(Direction.TWO_WAY, "드릴 비트", "Drill Bit")));

    assertThat(v.alternativesOf("드릴비트")).containsExactly("Drill Bit");
    assertThat(v.alternativesOf("ＤＲＩＬＬ bit")).containsExactly("드릴 비트");
  }

  @Test
  void theLongestRunOfTypedWordsWins() {
    Vocabulary v =
        Vocabulary.of(
            List.of(
                entry(Direction.TWO_WAY, "몽키 스패너", "몽키렌치"),
                entry(Direction.TWO_WAY, "스패너", "스파나")));

    List<Vocabulary.Match> m = v.matches(List.of("대형", "몽키", "스패너", "스패너"));

    assertThat(m)
        .extracting(Vocabulary.Match::start, Vocabulary.Match::end)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(1, 3),
            org.assertj.core.api.Assertions.tuple(3, 4));
    assertThat(m.get(0).alternatives()).containsExactly("몽키렌치");
  }

  @Test
  void theShippedVocabularyCoversEveryLeafCategoryWithAtLeast300Entries() {
    List<VocabularyEntry> shipped = VocabularyFile.shipped();

    assertThat(shipped).hasSizeGreaterThanOrEqualTo(300);
    Set<String> leaves =
        shipped.stream()
            .map(VocabularyEntry::category)
            .filter(c -> c != null)
            .collect(Collectors.toCollection(TreeSet::new));
    // The 44 leaves of the generated catalog: 9 tops with 6, 5, 5, 5, 5, 4, 5, 4 and 5 leaves.
    int[] leavesPerTop = {6, 5, 5, 5, 5, 4, 5, 4, 5};
    Set<String> expected = new TreeSet<>();
    for (int top = 1; top <= 9; top++) {
      for (int leaf = 1; leaf <= leavesPerTop[top - 1]; leaf++) {
        expected.add(String.format(java.util.Locale.ROOT, "%02d.%02d", top, leaf));
      }
    }
    assertThat(expected).hasSize(44);
    assertThat(leaves).containsAll(expected);
    assertThat(shipped).allSatisfy(e -> assertThat(e.source()).isNotBlank());
    assertThat(shipped.stream().map(VocabularyEntry::kind).distinct()).hasSize(4);
    assertThat(Vocabulary.of(shipped).alternativesOf("빠루")).contains("노루발");
  }

  @Test
  void aMalformedLineIsRefusedWithItsNumber() {
    String text =
        "terms\tdirection\tcategory\tkind\tsource\n기리,드릴비트\tsideways\t04.01\tshop-floor\tx\n";

    assertThatThrownBy(() -> VocabularyFile.read(new StringReader(text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2:");
  }
}
