package kr.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared keys on the tricky cases that ingest's and search's tests used before the rules were
 * one: every expected value is a literal, so a change of rule shows here first.
 */
class KeysTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // ingest's ProductCodesTest
        "GSB 13 RE",
        "gsb-13-re",
        "GSB_13RE",
        "GSB.13.RE",
        "GSB/13/RE",
        "gsb13re",
        "ＧＳＢ１３ＲＥ",
        " GSB 13  RE ",
        // search's AnalysisTest
        "GSB-13RE",
        "gsb.13/re",
        "GSB–13_RE",
        // where the two rules differed: the middle dot (ingest's separator), dashes ingest lacked
        "GSB·13RE",
        "GSB‒13RE",
        "GSB〜13RE",
        "GSB\\13\\RE",
        "GSB\u00a013\u3000RE"
      })
  void everyWayOfWritingACodeHasOneKey(String form) {
    assertThat(Keys.codeKey(form)).isEqualTo("GSB13RE");
  }

  @Test
  void codeKeysKeepWhatDistinguishesCodes() {
    assertThat(Keys.codeKey("C++ 2#")).isEqualTo("C++2#");
    assertThat(Keys.codeKey("가-12")).isEqualTo("가12");
    assertThat(Keys.codeKey("GSB★13")).isEqualTo("GSB★13");
    assertThat(Keys.codeKey(null)).isEmpty();
    assertThat(Keys.codeKey("- / -")).isEmpty();
  }

  @Test
  void onlyLatinLettersDigitsHangulPlusAndHashMakeAValidCodeKey() {
    assertThat(Keys.isValidCodeKey("GSB13RE")).isTrue();
    assertThat(Keys.isValidCodeKey("가12")).isTrue();
    assertThat(Keys.isValidCodeKey("C++2#")).isTrue();
    assertThat(Keys.isValidCodeKey("GSB★13")).isFalse();
    assertThat(Keys.isValidCodeKey("")).isFalse();
    assertThat(Keys.isValidCodeKey("A".repeat(65))).isFalse();
    assertThat(Keys.isValidCodeKey(null)).isFalse();
  }

  @Test
  void modelNumbersLookLikeCodesAndWordsDoNot() {
    // ingest's cases (model numbers of external feeds)
    assertThat(Keys.looksLikeCode("ELP-LP12")).isTrue();
    assertThat(Keys.looksLikeCode("dv7-1211ea")).isTrue();
    assertThat(Keys.looksLikeCode("Power Supply for Small Business VoIP")).isFalse();
    assertThat(Keys.looksLikeCode("E250, E35X 3.5K RP Toner Cartridge")).isFalse();
    // search's cases (query keys)
    assertThat(Keys.looksLikeCode("13RE")).isTrue();
    assertThat(Keys.looksLikeCode("DRILL")).isFalse();
    assertThat(Keys.looksLikeCode("드릴13")).isFalse();
    assertThat(Keys.looksLikeCode("13")).isFalse();
    // raw text and its key agree
    assertThat(Keys.looksLikeCode("GSB 13 RE")).isTrue();
    assertThat(Keys.looksLikeCode("GSB13RE")).isTrue();
    assertThat(Keys.looksLikeCode(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BOSCH",
        "bosch gmbh",
        "Bosch Co., Ltd.",
        "  Ｂｏｓｃｈ  ",
        "Bosch Inc.",
        "bosch-gmbh",
        "(주)bosch"
      })
  void legalFormsCaseAndWidthDoNotChangeAMakerKey(String spelling) {
    assertThat(Keys.makerKey(spelling)).isEqualTo("bosch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"보쉬", "(주)보쉬", "㈜보쉬", "보쉬 주식회사", "주식회사보쉬", "보쉬(유)"})
  void koreanLegalFormsGoWhetherBracketedGluedOrApart(String spelling) {
    assertThat(Keys.makerKey(spelling)).isEqualTo("보쉬");
  }

  @Test
  void countryBranchesGoOnlyFromTheBranchKey() {
    assertThat(Keys.makerKey("Bosch Korea (주)")).isEqualTo("boschkorea");
    assertThat(Keys.makerBranchKey("Bosch Korea (주)")).isEqualTo("bosch");
    assertThat(Keys.makerBranchKey("보쉬코리아")).isEqualTo("보쉬");
    assertThat(Keys.makerBranchKey("한국쓰리엠")).isEqualTo("쓰리엠");
    assertThat(Keys.makerBranchKey("3M Korea")).isEqualTo("3m");
    // a name that is only a branch word keeps it rather than matching everything
    assertThat(Keys.makerBranchKey("Korea")).isEqualTo("korea");
  }

  @Test
  void punctuationBetweenWordsDoesNotSeparateMakers() {
    // search's MakerDirectory case: Black & Decker and blackdecker meet
    assertThat(Keys.makerKey("Black & Decker")).isEqualTo("blackdecker");
    assertThat(Keys.makerKey("blackdecker")).isEqualTo("blackdecker");
    assertThat(Keys.makerKey("Black+Decker")).isEqualTo("blackdecker");
    assertThat(Keys.makerKey("StarTech.com Ltd.")).isEqualTo("startechcom");
    assertThat(Keys.makerTokens("StarTech.com Ltd.", false)).containsExactly("startech", "com");
  }

  @Test
  void aNameBeingTypedThatLooksLikeALegalFormStillHasAKey() {
    assertThat(Keys.makerKey("co")).isEmpty();
    assertThat(Keys.makerTypingKey("co")).isEqualTo("co");
    assertThat(Keys.makerTypingKey("Sa")).isEqualTo("sa");
    assertThat(Keys.makerTypingKey("(주)보")).isEqualTo("보");
    assertThat(Keys.makerTypingKey("&")).isEmpty();
  }

  @Test
  void nameKeysKeepLegalFormsAndDropPunctuation() {
    assertThat(Keys.nameKey("Bosch GmbH")).isEqualTo("boschgmbh");
    assertThat(Keys.nameKey("드릴/드라이버")).isEqualTo("드릴드라이버");
    assertThat(Keys.nameKey(null)).isEmpty();
  }
}
