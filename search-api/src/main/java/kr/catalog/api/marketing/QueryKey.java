package kr.catalog.api.marketing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which merchandising rules and searches compare query texts, so that a rule for {@code
 * 전동드릴 GSB} also applies to {@code 전동드릴　gsb } or full-width {@code ＧＳＢ}: Unicode NFKC (full-width
 * and compatibility forms to their plain ones), lower case, and runs of whitespace as one space,
 * trimmed.
 */
public final class QueryKey {

  private QueryKey() {}

  /** The comparison form of a query text; empty for null or blank. */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return folded.strip().replaceAll("\\s+", " ");
  }
}
