package kr.catalog.ingest.book;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching form of a product code, as {@link kr.catalog.ingest.Product#codeKey()} defines it:
 * upper case, without spaces, hyphens, dots or slashes ({@code GSB 13 RE} and {@code gsb-13re} are
 * both {@code GSB13RE}).
 */
final class CodeKeys {
  private static final Pattern IGNORED = Pattern.compile("[\\s\\-./]+");

  private CodeKeys() {}

  static String of(String code) {
    return IGNORED.matcher(code.toUpperCase(Locale.ROOT)).replaceAll("");
  }
}
