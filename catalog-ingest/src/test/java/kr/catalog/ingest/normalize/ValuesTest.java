package kr.catalog.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import kr.catalog.ingest.report.RejectReason;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void flagsInTheFormsSuppliersWrite() {
    for (String yes : new String[] {"Y", "y", "예", "O", "true", "1"}) {
      assertThat(Values.flag(yes, "newProduct")).as(yes).isTrue();
    }
    for (String no : new String[] {"N", "아니오", "X", "false", "0", "", " "}) {
      assertThat(Values.flag(no, "newProduct")).as(no).isFalse();
    }
    assertThatThrownBy(() -> Values.flag("미정", "newProduct"))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("newProduct");
            });
  }

  @Test
  void datesInIsoDottedCompactAndDateTimeForms() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    assertThat(Values.date("2024-03-01", "releasedOn")).isEqualTo(d);
    assertThat(Values.date("2024.03.01", "releasedOn")).isEqualTo(d);
    assertThat(Values.date("20240301", "releasedOn")).isEqualTo(d);
    assertThat(Values.date("2024-03-01T00:00:00Z", "releasedOn")).isEqualTo(d);
    assertThat(Values.dateTime("2024-03-01 13:05", "updatedAt"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 13, 5));
    assertThatThrownBy(() -> Values.date("2024-13-45", "releasedOn"))
        .isInstanceOf(NormalizationException.class);
  }

  @Test
  void countriesInKoreanEnglishAndIsoBecomeIsoCodes() {
    assertThat(Values.country("독일")).isEqualTo("DE");
    assertThat(Values.country("Germany")).isEqualTo("DE");
    assertThat(Values.country("de")).isEqualTo("DE");
    assertThat(Values.country("대한민국")).isEqualTo("KR");
    assertThat(Values.country("U.S.A.")).isEqualTo("US");
    assertThat(Values.country("")).isNull();
    assertThatThrownBy(() -> Values.country("Atlantis")).isInstanceOf(NormalizationException.class);
  }

  @Test
  void videoLinksSplitOnPipesAndMustBeHttp() {
    assertThat(Values.urls("https://a.example/1 | https://a.example/2", "videoUrls"))
        .containsExactly("https://a.example/1", "https://a.example/2");
    assertThatThrownBy(() -> Values.urls("ftp://a.example/1", "videoUrls"))
        .isInstanceOf(NormalizationException.class);
  }

  /**
   * Every name the hand-kept country table had, with the code it gave: the names now come from the
   * JDK's locale data, and these stay what they were.
   */
  @Test
  void everyCountryNameOfTheFormerTableGivesTheSameCode() {
    Map<String, String> former =
        Map.ofEntries(
            Map.entry("kr kor korea southkorea 한국 대한민국 국산", "KR"),
            Map.entry("de deu germany 독일", "DE"),
            Map.entry("jp jpn japan 일본", "JP"),
            Map.entry("cn chn china prc 중국", "CN"),
            Map.entry("us usa unitedstates 미국", "US"),
            Map.entry("tw taiwan 대만", "TW"),
            Map.entry("it italy 이탈리아", "IT"),
            Map.entry("se sweden 스웨덴", "SE"),
            Map.entry("ch switzerland 스위스", "CH"),
            Map.entry("fr france 프랑스", "FR"),
            Map.entry("gb uk unitedkingdom 영국", "GB"),
            Map.entry("vn vietnam 베트남", "VN"),
            Map.entry("th thailand 태국", "TH"),
            Map.entry("in india 인도", "IN"),
            Map.entry("at austria 오스트리아", "AT"),
            Map.entry("my malaysia 말레이시아", "MY"));
    former.forEach(
        (names, code) -> {
          for (String name : names.split(" ")) {
            assertThat(Values.country(name)).as(name).isEqualTo(code);
          }
        });
    assertThat(Values.country("South Korea")).isEqualTo("KR");
    assertThat(Values.country("United Kingdom")).isEqualTo("GB");
    assertThatThrownBy(() -> Values.country("N/A")).isInstanceOf(NormalizationException.class);
    assertThatThrownBy(() -> Values.country("Brazil")).isInstanceOf(NormalizationException.class);
  }
}
