package kr.catalog.search.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.Jamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypoCorrectionTest {

  private static final CatalogAnalyzer ANALYZER =
      CatalogAnalyzer.withDictionary(java.util.List.of("드릴", "보쉬", "전동드릴 전동 드릴", "그라인더"));

  /** A small vocabulary with counts: 드릴 is frequent, 드라 (a made-up word) rare. */
  private static final TypoVocabulary VOCABULARY =
      TypoVocabulary.of(
          Map.of(
              "전동드릴", 50,
              "그라인더", 30,
              "보쉬", 40,
              "보안경", 10,
              "bosch", 40,
              "makita", 20,
              "drill", 60,
              "드라", 1,
              "gsb13re", 5),
          ANALYZER);

  private static final QueryCorrector CORRECTOR = new QueryCorrector(VOCABULARY, ANALYZER);

  @Test
  void hangulIsSpelledOutInTheJamoAKeyboardTypes() {
    assertThat(Jamo.decompose("드릴")).isEqualTo("ㄷㅡㄹㅣㄹ");
    // Compound vowels and double finals are one jamo each; Latin is lower-cased.
    assertThat(Jamo.decompose("왉 GSB")).isEqualTo("ㅇㅘㄺ gsb");
    assertThat(Jamo.hasHangul("abc")).isFalse();
    assertThat(Jamo.hasHangul("ㅂㅅ")).isTrue();
  }

  @Test
  void theClosestWordIsTheNearestThenTheMostFrequent() {
    // 드랄: one jamo from 드릴 (ㅏ for ㅣ) and from 드라 (an extra ㄹ); 드릴 is far more frequent.
    assertThat(VOCABULARY.closest("드랄").word()).isEqualTo("드릴");
    assertThat(VOCABULARY.closest("드랄").distance()).isEqualTo(1);
    // 드릴 itself comes from analysing 전동드릴: a part of a compound is a word too.
    assertThat(VOCABULARY.contains("드릴")).isTrue();
    assertThat(VOCABULARY.closest("보안겨").word()).isEqualTo("보안경");
    assertThat(VOCABULARY.closest("mkaita").word()).isEqualTo("makita");
  }

  @Test
  void wordsWithDigitsAreNeverTargets() {
    assertThat(VOCABULARY.closest("gsbre")).isNull();
  }

  @Test
  void theBoundFollowsTheLengthInJamoOrLetters() {
    assertThat(TypoVocabulary.maxEdits(Jamo.decompose("드"), true)).isZero();
    assertThat(TypoVocabulary.maxEdits(Jamo.decompose("드릴"), true)).isEqualTo(1);
    assertThat(TypoVocabulary.maxEdits(Jamo.decompose("그라인더"), true)).isEqualTo(2);
    assertThat(TypoVocabulary.maxEdits("ab", false)).isZero();
    assertThat(TypoVocabulary.maxEdits("bosh", false)).isEqualTo(1);
    assertThat(TypoVocabulary.maxEdits("makitta", false)).isEqualTo(2);
    assertThat(TypoVocabulary.maxEdits("a".repeat(31), false)).isZero();
    // Two edits are not enough for words further away.
    assertThat(VOCABULARY.closest("그랑인덩어")).isNull();
  }

  @Test
  void onlyUnknownWordsAreCorrectedAndTheRestStays() {
    QueryCorrector.Proposal p = CORRECTOR.propose("보쉬 드랄 GSB-13RE");
    assertThat(p.text()).isEqualTo("보쉬 드릴 GSB-13RE");
    assertThat(p.typedWords()).containsExactly("드랄");
    // A known word with a particle analyses to known terms: not a typo.
    assertThat(CORRECTOR.propose("드릴을")).isNull();
    assertThat(CORRECTOR.propose("bosch drills")).isNull();
    assertThat(CORRECTOR.propose("ㅂㅅ")).isNull();
    assertThat(CORRECTOR.propose("")).isNull();
  }

  @Test
  void longQueriesAreNotCorrected() {
    assertThat(CORRECTOR.propose("드랄 ".repeat(QueryCorrector.MAX_WORDS))).isNotNull();
    assertThat(CORRECTOR.propose("드랄 ".repeat(QueryCorrector.MAX_WORDS + 1))).isNull();
  }

  // --- a whole syllable dropped, extra or swapped, with the catalog's own words ---------------

  /**
   * Words the generated catalog prints (leaf and product names of catalog-sample's vocabulary),
   * with counts in the shape of the full catalog's: a few frequent product nouns, rarer words one
   * syllable away from them.
   */
  private static final Map<String, Integer> CATALOG_WORDS =
      Map.ofEntries(
          Map.entry("드라이버", 900),
          Map.entry("드라이버비트", 120),
          Map.entry("드릴비트", 150),
          Map.entry("그라인더", 700),
          Map.entry("원형톱", 300),
          Map.entry("스패너", 400),
          Map.entry("안전모", 500),
          Map.entry("안전화", 450),
          Map.entry("안경", 20),
          Map.entry("보안경", 350),
          Map.entry("용접봉", 250),
          Map.entry("용접기", 260),
          Map.entry("차단기", 300),
          Map.entry("접착제", 280),
          Map.entry("테이프", 600),
          Map.entry("마스크", 380),
          Map.entry("드릴", 800),
          Map.entry("드럼", 15),
          // Rare words one jamo from a dropped-syllable typo (a maker's or a series' name).
          Map.entry("안오", 3),
          Map.entry("접지", 200));

  private static final CatalogAnalyzer CATALOG_ANALYZER =
      CatalogAnalyzer.withDictionary(List.copyOf(CATALOG_WORDS.keySet()));

  private static final TypoVocabulary CATALOG = TypoVocabulary.of(CATALOG_WORDS, CATALOG_ANALYZER);

  private static final QueryCorrector CATALOG_CORRECTOR =
      new QueryCorrector(CATALOG, CATALOG_ANALYZER);

  @ParameterizedTest
  @CsvSource({
    // A dropped syllable: two or three jamo, beyond the jamo bound of a short word.
    "드라버, 드라이버",
    "그라더, 그라인더",
    "원톱, 원형톱",
    "스너, 스패너",
    "안모, 안전모",
    "안화, 안전화",
    "용봉, 용접봉",
    "차기, 차단기",
    "테프, 테이프",
    "마크, 마스크",
    // An extra syllable (typed twice, or a stray one).
    // Also a syllable more than 드릴: the dropped syllable comes first (every typed one kept).
    "드릴트, 드릴비트",
    "드라이이버, 드라이버",
    "보안안경, 보안경",
    "테이이프, 테이프",
    // Two neighbouring syllables swapped.
    "라드이버, 드라이버",
    "안보경, 보안경",
    "단차기, 차단기"
  })
  void aWholeSyllableDroppedExtraOrSwappedIsCorrected(String typed, String meant) {
    assertThat(CATALOG.closest(typed)).isNotNull();
    assertThat(CATALOG.closest(typed).word()).isEqualTo(meant);
    assertThat(CATALOG_CORRECTOR.propose("보쉬 " + typed).text()).isEqualTo("보쉬 " + meant);
  }

  @Test
  void amongSeveralWordsOneSyllableAwayTheMostFrequentWins() {
    // 안전: a syllable dropped from 안전모 (500) and from 안전화 (450): the more frequent wins.
    assertThat(CATALOG.closest("안전").word()).isEqualTo("안전모");
    assertThat(CATALOG.closest("용기").word()).isEqualTo("용접기");
  }

  @Test
  void aWordOneJamoAwayWinsUnlessTheSyllableEditsWordIsFarMoreCommon() {
    // 안모: one jamo from 안오 (3), a syllable from 안전모 (500, more than 10 x 3).
    assertThat(CATALOG.closest("안모").word()).isEqualTo("안전모");
    // 접제: one jamo from 접지 (200), a syllable from 접착제 (280, not 10 x 200): one jamo wins.
    assertThat(CATALOG.closest("접제").word()).isEqualTo("접지");
    assertThat(CATALOG.closest("접제").distance()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"드라이버", "드라이버비트", "접지", "안경", "보안경", "드릴", "드럼", "테이프", "마스크", "드라이버를", "보안경은"})
  void theCatalogsOwnWordsAreNeverCorrectedIntoOneAnother(String word) {
    // 안경 is 보안경 with a syllable dropped and 드라이버 is 드라이버비트 with two: both are words of
    // the catalog, so neither is a typo; nor is a catalog word with a particle.
    assertThat(CATALOG_CORRECTOR.propose(word)).isNull();
  }

  @Test
  void aSubstitutedSyllableIsNeverASyllableEdit() {
    // 테이블 (a table) differs from 테이프 in one whole syllable, two jamo: another word, not a
    // typo, and left alone. A syllable typed wrong by one jamo is the jamo bound's (테이퍼).
    assertThat(CATALOG.closest("테이블")).isNull();
    assertThat(CATALOG.closest("테이퍼").word()).isEqualTo("테이프");
    assertThat(CATALOG.closest("가나다라")).isNull();
  }

  @Test
  void syllableEditsStayWithinHangulSyllables() {
    // Jamo, Latin letters and digits are not syllables: no syllable edit.
    assertThat(CATALOG.closestBySyllable("ㄷ라이버", Jamo.decompose("ㄷ라이버"))).isNull();
    assertThat(CATALOG.closestBySyllable("드라x버", Jamo.decompose("드라x버"))).isNull();
    assertThat(CATALOG.closestBySyllable("드", Jamo.decompose("드"))).isNull();
  }
}
