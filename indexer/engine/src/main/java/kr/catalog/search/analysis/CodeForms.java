package kr.catalog.search.analysis;

import java.util.ArrayList;
import java.util.List;
import kr.catalog.ingest.normalize.ProductCodes;

/**
 * Matching forms of product codes: {@code GSB-13RE}, {@code gsb13re} and {@code GSB 13 RE} all
 * become {@code GSB13RE}, the same normalisation the ingest applies to {@code Product.codeKey}.
 */
public final class CodeForms {

  /** Shortest infix (inner part of a code) that is searched; shorter ones match too much. */
  public static final int MIN_INFIX = 2;

  private CodeForms() {}

  /**
   * The matching key of a code typed any way: exactly the ingest's rule ({@link ProductCodes#key}),
   * which made every {@code Product.codeKey()}, so what a counsellor types normalises the way the
   * catalog did. Returns an empty string for null.
   */
  public static String normalize(String code) {
    return ProductCodes.key(code);
  }

  /** Whether this character is ignored when codes are compared. */
  public static boolean isSeparator(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == '.'
        || cp == '/'
        || cp == '\\'
        || cp == '_'
        || Character.getType(cp) == Character.DASH_PUNCTUATION;
  }

  /**
   * Every suffix of a code key at least {@link #MIN_INFIX} long, the key itself first. Indexed as
   * keywords, a prefix query on them is an infix query on the key ({@code 13RE} is a prefix of the
   * suffix {@code 13RE} of {@code GSB13RE}) without a wildcard scan of the term dictionary.
   */
  public static List<String> suffixes(String key) {
    List<String> suffixes = new ArrayList<>();
    for (int i = 0; i + MIN_INFIX <= key.length(); i++) {
      suffixes.add(key.substring(i));
    }
    return suffixes;
  }

  /**
   * Whether a normalised query looks like (part of) a product code: ASCII letters and digits with
   * at least one digit. Words without digits ({@code DRILL}) are left to the text search, so a code
   * infix never matches ordinary words inside codes.
   */
  public static boolean looksLikeCode(String key) {
    if (key.length() < 3) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (!(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return digit;
  }

  /** ASCII letters and digits only (a code prefix such as {@code GSB} while typing). */
  public static boolean isAsciiAlnum(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }
}
