package kr.catalog.search.analysis;

import java.util.ArrayList;
import java.util.List;
import kr.catalog.model.Keys;

/**
 * Matching forms of product codes: {@code GSB-13RE}, {@code gsb13re} and {@code GSB 13 RE} all
 * become {@code GSB13RE}, the same normalisation the ingest applies to {@code Product.codeKey}: the
 * rules live in {@link Keys}, shared with ingest.
 */
public final class CodeForms {

  /** Shortest infix (inner part of a code) that is searched; shorter ones match too much. */
  public static final int MIN_INFIX = 2;

  private CodeForms() {}

  /**
   * The matching key of a code typed any way: exactly the rule that made every {@code
   * Product.codeKey()} ({@link Keys#codeKey}), so what a counsellor types normalises the way the
   * catalog did. Returns an empty string for null.
   */
  public static String normalize(String code) {
    return Keys.codeKey(code);
  }

  /** Whether this character is ignored when codes are compared ({@link Keys#isCodeSeparator}). */
  public static boolean isSeparator(int cp) {
    return Keys.isCodeSeparator(cp);
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
   * Whether a normalised query looks like (part of) a product code ({@link Keys#looksLikeCode}):
   * ASCII letters and digits with at least one digit. Words without digits ({@code DRILL}) are left
   * to the text search, so a code infix never matches ordinary words inside codes.
   */
  public static boolean looksLikeCode(String key) {
    return Keys.looksLikeCode(key);
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
