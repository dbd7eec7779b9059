package kr.catalog.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  @Test
  void codeFormsIgnoreCaseSpacesHyphensDotsAndSlashes() {
    assertThat(List.of("GSB-13RE", "gsb13re", "GSB 13 RE", "gsb.13/re", "GSB–13_RE"))
        .allSatisfy(code -> assertThat(CodeForms.normalize(code)).isEqualTo("GSB13RE"));
  }

  @Test
  void codeSuffixesMakeInfixesPrefixes() {
    assertThat(CodeForms.suffixes("GSB13RE"))
        .containsExactly("GSB13RE", "SB13RE", "B13RE", "13RE", "3RE", "RE");
  }

  @Test
  void onlyAsciiWithADigitLooksLikeACode() {
    assertThat(CodeForms.looksLikeCode("13RE")).isTrue();
    assertThat(CodeForms.looksLikeCode("DRILL")).isFalse();
    assertThat(CodeForms.looksLikeCode("드릴13")).isFalse();
    assertThat(CodeForms.looksLikeCode("13")).isFalse();
  }

  @Test
  void chosungOfHangulNames() {
    assertThat(Chosung.of("보쉬")).isEqualTo("ㅂㅅ");
    assertThat(Chosung.of("한국 보쉬(주)")).isEqualTo("ㅎㄱㅂㅅㅈ");
    assertThat(Chosung.of("쓰리엠 3M")).isEqualTo("ㅆㄹㅇ3m");
    assertThat(Chosung.isInitialsOnly("ㅂㅅ")).isTrue();
    assertThat(Chosung.isInitialsOnly("보ㅅ")).isFalse();
  }

  @Test
  void userDictionarySplitsCompoundsAtKnownHeadsAndKeepsNamesWhole() {
    List<String> entries =
        new UserDictionaryBuilder()
            .addName("마끼다")
            .addCategoryName("전동드릴")
            .addProductText("충전드릴 GSR")
            .addProductText("충전드릴 GSB")
            .build();
    // Words split as Nori splits them alone, at a known head noun first; the parts become
    // words of their own; the maker name stays one word.
    assertThat(entries).containsExactly("드릴", "마끼다", "전동", "전동드릴 전동 드릴", "충전", "충전드릴 충전 드릴");
  }

  @Test
  void analyzerDecompoundsKoreanAndStemsEnglishOnly() {
    CatalogAnalyzer analyzer =
        CatalogAnalyzer.withDictionary(List.of("드릴", "전동", "전동드릴 전동 드릴", "보쉬"));
    // Particles (을) go; the compound stays with its parts; English is lower-cased and stemmed.
    assertThat(analyzer.terms("보쉬 전동드릴을 Drills"))
        .containsExactly("보쉬", "전동드릴", "전동", "드릴", "drill");
    // The same split inside a longer sentence as alone: the dictionary fixes it; letters and
    // digits that touch stay one word.
    assertThat(analyzer.terms("전동드릴 보쉬 GSB 13RE"))
        .containsExactly("전동드릴", "전동", "드릴", "보쉬", "gsb", "13re");
  }

  @Test
  void lettersAndDigitsThatTouchStayOneWord() {
    CatalogAnalyzer analyzer = CatalogAnalyzer.withDictionary(List.of());
    // Nori alone gives 4179 b 001 aa and ps 4: "aa" would then find every code ending in AA.
    assertThat(analyzer.terms("Canon 4179B001AA")).containsExactly("canon", "4179b001aa");
    assertThat(analyzer.terms("PS4 Pro, USB2.0")).containsExactly("ps4", "pro", "usb2", "0");
    assertThat(analyzer.tokens("3M보안경"))
        .extracting(CatalogAnalyzer.Token::term, CatalogAnalyzer.Token::start)
        .first()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("3m", 0));
  }
}
