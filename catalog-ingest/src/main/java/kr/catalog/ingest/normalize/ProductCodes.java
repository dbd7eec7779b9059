package kr.catalog.ingest.normalize;

import java.util.regex.Pattern;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Text;

/**
 * Product codes in two forms: the display form people read ({@code GSB 13 RE}) and the key used for
 * matching ({@code GSB13RE}).
 *
 * <p>Suppliers write one code as {@code GSB 13 RE}, {@code gsb-13-re}, {@code GSB_13RE}, {@code
 * GSB.13.RE} or in full-width letters; all of them have the same key: NFKC, upper case, without
 * whitespace and the separators {@code - _ . / \ ·}. The display form keeps the separators but is
 * upper-cased and whitespace-collapsed, so two rows differing only in case show one code.
 */
public final class ProductCodes {
  /** Separators that never distinguish two codes. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_./\\\\·‐‑–—]+");

  /** What a key may hold: Latin letters, digits, Hangul syllables, and {@code + #}. */
  private static final Pattern VALID_KEY = Pattern.compile("[A-Z0-9가-힣+#]{1,64}");

  private ProductCodes() {}

  /** The display form, or {@code null} when the input is blank. */
  public static String display(String raw) {
    String s = Text.clean(raw);
    return Text.isBlank(s) ? null : Text.upper(s);
  }

  /** The matching key, or an empty string when nothing but separators is left. */
  public static String key(String raw) {
    String s = Text.clean(raw);
    if (s == null) {
      return "";
    }
    return SEPARATORS.matcher(Text.upper(s)).replaceAll("");
  }

  /** Whether a key has only the characters a code key may have. */
  public static boolean isValidKey(String key) {
    return key != null && VALID_KEY.matcher(key).matches();
  }

  /**
   * Whether a free text looks like a product code rather than words: at most three parts, a digit
   * somewhere, and a valid key ({@code ELP-LP12}, {@code dv7-1211ea}, not {@code Power Supply}).
   */
  public static boolean looksLikeCode(String raw) {
    String s = Text.clean(raw);
    return s != null
        && !s.isEmpty()
        && s.split(" ").length <= 3
        && s.chars().anyMatch(Character::isDigit)
        && isValidKey(key(s));
  }

  /**
   * Validates a raw code and returns its key.
   *
   * @throws NormalizationException {@link RejectReason#MISSING_FIELD} when blank, {@link
   *     RejectReason#INVALID_CODE} when it has characters a code cannot have
   */
  public static String requireKey(String raw) {
    if (Text.isBlank(raw)) {
      throw new NormalizationException(RejectReason.MISSING_FIELD, "code", "product code is empty");
    }
    String key = key(raw);
    if (!VALID_KEY.matcher(key).matches()) {
      throw new NormalizationException(
          RejectReason.INVALID_CODE, "code", "product code '" + raw + "' has invalid characters");
    }
    return key;
  }
}
