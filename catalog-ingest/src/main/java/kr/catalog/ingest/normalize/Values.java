package kr.catalog.ingest.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * The countries of origin the feeds may name, as ISO 3166 alpha-2. Their names come from the
   * JDK's locale data (English and Korean, plus the alpha-3 code), not from a hand-kept table.
   */
  private static final List<String> ORIGINS =
      List.of(
          "KR", "DE", "JP", "CN", "US", "TW", "IT", "SE", "CH", "FR", "GB", "VN", "TH", "IN", "AT",
          "MY");

  /** What suppliers write that locale data does not name: short and everyday names. */
  private static final Map<String, String> ORIGIN_ALIASES =
      Map.of("korea", "KR", "한국", "KR", "국산", "KR", "prc", "CN", "uk", "GB");

  /** Country names and codes, letters only and lower case, to ISO 3166 alpha-2. */
  private static final Map<String, String> COUNTRIES = countries();

  private static Map<String, String> countries() {
    Map<String, String> byName = new HashMap<>(ORIGIN_ALIASES);
    for (String code : ORIGINS) {
      Locale country = Locale.of("", code);
      for (String name :
          List.of(
              code,
              country.getISO3Country(),
              country.getDisplayCountry(Locale.ENGLISH),
              country.getDisplayCountry(Locale.KOREAN))) {
        byName.putIfAbsent(countryKey(name), code);
      }
    }
    return Map.copyOf(byName);
  }

  private static String countryKey(String name) {
    return NOT_LETTER.matcher(Text.lower(name)).replaceAll("");
  }

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
    String code = COUNTRIES.get(countryKey(s));
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
