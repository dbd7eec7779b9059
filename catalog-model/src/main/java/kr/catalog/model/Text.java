package kr.catalog.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers every normaliser shares: Unicode NFKC and whitespace, never the locale. */
public final class Text {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private Text() {}

  private static String collapse(String s) {
    String stripped = s.strip();
    // Most values have no run of whitespace: skip the regex for them (it runs for every cell).
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (Character.isWhitespace(c)
          && (c != ' '
              || (i + 1 < stripped.length() && Character.isWhitespace(stripped.charAt(i + 1))))) {
        return WHITESPACE.matcher(stripped).replaceAll(" ");
      }
    }
    return stripped;
  }

  /**
   * NFKC (full-width {@code ＧＳＢ１３} becomes {@code GSB13}, {@code ㈜} becomes {@code (주)}),
   * non-breaking spaces to spaces, runs of whitespace collapsed, trimmed; {@code null} stays null.
   */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s =
        Normalizer.isNormalized(raw, Normalizer.Form.NFKC)
            ? raw
            : Normalizer.normalize(raw, Normalizer.Form.NFKC);
    s = s.replace('\u00A0', ' ').replace('\u3000', ' ').replace('\uFEFF', ' ');
    return collapse(s);
  }

  /**
   * Like {@link #clean} but with NFC instead of NFKC, for text people read (names, brands, spec
   * values): {@code ™}, {@code ㎜} and {@code ①} stay as written; only the matching keys fold them.
   */
  public static String cleanDisplay(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
    s = s.replace('\u00A0', ' ').replace('\u3000', ' ').replace('\uFEFF', ' ');
    return collapse(s);
  }

  /** True when null, empty or only whitespace. */
  public static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Lower case in the root locale (never the machine's, see forbiddenapis). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Upper case in the root locale. */
  public static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /**
   * A URL-safe id from a name: lower case ASCII letters and digits joined by single hyphens; {@code
   * null} when nothing ASCII remains (a purely Korean name).
   */
  public static String slug(String name) {
    String s = NOT_SLUG.matcher(lower(clean(name))).replaceAll("-");
    int from = s.startsWith("-") ? 1 : 0;
    int to = s.endsWith("-") && s.length() > from ? s.length() - 1 : s.length();
    s = s.substring(from, Math.max(from, to));
    return s.isEmpty() ? null : s;
  }
}
