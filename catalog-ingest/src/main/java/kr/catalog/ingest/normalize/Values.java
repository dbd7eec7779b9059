package kr.catalog.ingest.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Text;

/** Flags, dates, countries and URLs as suppliers write them. */
public final class Values {
  private static final Set<String> TRUE = Set.of("y", "yes", "true", "1", "o", "예", "네", "유", "사용");
  private static final Set<String> FALSE =
      Set.of("n", "no", "false", "0", "x", "아니오", "아니요", "무", "미사용", "-");
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("uuuu.MM.dd", Locale.ROOT),
          DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT),
          DateTimeFormatter.BASIC_ISO_DATE);
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern SPLIT_URLS = Pattern.compile("[\\s|,;]+");

  /** Country names and codes to ISO 3166 alpha-2. */
  private static final Map<String, String> COUNTRIES =
      Map.ofEntries(
          Map.entry("kr", "KR"),
          Map.entry("kor", "KR"),
          Map.entry("korea", "KR"),
          Map.entry("southkorea", "KR"),
          Map.entry("한국", "KR"),
          Map.entry("대한민국", "KR"),
          Map.entry("국산", "KR"),
          Map.entry("de", "DE"),
          Map.entry("deu", "DE"),
          Map.entry("germany", "DE"),
          Map.entry("독일", "DE"),
          Map.entry("jp", "JP"),
          Map.entry("jpn", "JP"),
          Map.entry("japan", "JP"),
          Map.entry("일본", "JP"),
          Map.entry("cn", "CN"),
          Map.entry("chn", "CN"),
          Map.entry("china", "CN"),
          Map.entry("prc", "CN"),
          Map.entry("중국", "CN"),
          Map.entry("us", "US"),
          Map.entry("usa", "US"),
          Map.entry("unitedstates", "US"),
          Map.entry("미국", "US"),
          Map.entry("tw", "TW"),
          Map.entry("taiwan", "TW"),
          Map.entry("대만", "TW"),
          Map.entry("it", "IT"),
          Map.entry("italy", "IT"),
          Map.entry("이탈리아", "IT"),
          Map.entry("se", "SE"),
          Map.entry("sweden", "SE"),
          Map.entry("스웨덴", "SE"),
          Map.entry("ch", "CH"),
          Map.entry("switzerland", "CH"),
          Map.entry("스위스", "CH"),
          Map.entry("fr", "FR"),
          Map.entry("france", "FR"),
          Map.entry("프랑스", "FR"),
          Map.entry("gb", "GB"),
          Map.entry("uk", "GB"),
          Map.entry("unitedkingdom", "GB"),
          Map.entry("영국", "GB"),
          Map.entry("vn", "VN"),
          Map.entry("vietnam", "VN"),
          Map.entry("베트남", "VN"),
          Map.entry("th", "TH"),
          Map.entry("thailand", "TH"),
          Map.entry("태국", "TH"),
          Map.entry("in", "IN"),
          Map.entry("india", "IN"),
          Map.entry("인도", "IN"),
          Map.entry("at", "AT"),
          Map.entry("austria", "AT"),
          Map.entry("오스트리아", "AT"),
          Map.entry("my", "MY"),
          Map.entry("malaysia", "MY"),
          Map.entry("말레이시아", "MY"));

  private Values() {}

  /** A yes/no flag; blank is {@code false}. */
  public static boolean flag(String raw, String field) {
    String s = Text.clean(raw);
    if (Text.isBlank(s)) {
      return false;
    }
    String v = Text.lower(s);
    if (TRUE.contains(v)) {
      return true;
    }
    if (FALSE.contains(v)) {
      return false;
    }
    throw new NormalizationException(
        RejectReason.INVALID_VALUE, field, field + " '" + raw + "' is not a yes/no value");
  }

  /**
   * A date ({@code 2024-03-01}, {@code 2024.03.01}, {@code 20240301}, ISO date-time); blank is
   * null.
   */
  public static LocalDate date(String raw, String field) {
    String s = Text.clean(raw);
    if (Text.isBlank(s)) {
      return null;
    }
    if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(10) == 'T') {
      s = s.substring(0, 10);
    } else if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10);
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new NormalizationException(
        RejectReason.INVALID_VALUE, field, field + " '" + raw + "' is not a date");
  }

  /** A date-time for ordering rows; a bare date is its start of day; blank is null. */
  public static LocalDateTime dateTime(String raw, String field) {
    String s = Text.clean(raw);
    if (Text.isBlank(s)) {
      return null;
    }
    String t = s.replace(' ', 'T');
    if (t.endsWith("Z")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.length() > 10 && t.charAt(10) == 'T') {
      try {
        return LocalDateTime.parse(t);
      } catch (DateTimeParseException e) {
        throw new NormalizationException(
            RejectReason.INVALID_VALUE, field, field + " '" + raw + "' is not a date-time");
      }
    }
    return date(s, field).atStartOfDay();
  }

  /** Country to ISO alpha-2; blank is null. */
  public static String country(String raw) {
    String s = Text.clean(raw);
    if (Text.isBlank(s)) {
      return null;
    }
    String code = COUNTRIES.get(NOT_LETTER.matcher(Text.lower(s)).replaceAll(""));
    if (code == null) {
      throw new NormalizationException(
          RejectReason.INVALID_VALUE, "origin", "origin '" + raw + "' is not a known country");
    }
    return code;
  }

  /** One or more http(s) URLs separated by whitespace, {@code |}, {@code ,} or {@code ;}. */
  public static List<String> urls(String raw, String field) {
    String s = Text.clean(raw);
    if (Text.isBlank(s)) {
      return List.of();
    }
    List<String> urls = new ArrayList<>();
    for (String part : SPLIT_URLS.split(s)) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        URI uri = new URI(part);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            || uri.getHost() == null) {
          throw new URISyntaxException(part, "not an http(s) URL");
        }
      } catch (URISyntaxException e) {
        throw new NormalizationException(
            RejectReason.INVALID_VALUE, field, field + " '" + part + "' is not an http(s) URL");
      }
      urls.add(part);
    }
    return urls;
  }
}
