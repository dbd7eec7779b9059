package kr.catalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The matching keys of the catalog, defined once for ingest and search: what makes two spellings of
 * a product code or of a maker the same. Ingest writes {@link Product#codeKey()} with {@link
 * #codeKey}; search normalises what a counsellor types with the same method, so a code typed any
 * way meets the catalog's key. The same holds for makers with {@link #makerKey}.
 *
 * <p>Before this class the two sides each had their rule and they differed in three places; the
 * choices made here, and why:
 *
 * <ul>
 *   <li><b>Code separators</b>: whitespace, {@code . / \ _}, the middle dot {@code ·} and every
 *       dash (Unicode {@code Pd}: {@code - ‐ ‑ – —} and the rest). Ingest already removed {@code
 *       ·}, search did not; Korean keyboards and word processors put {@code ·} between the parts of
 *       a code ({@code GSB·13RE}) as readily as a hyphen, so it separates. Search already took
 *       every dash; ingest only five, and refused a code with another dash as invalid: a dash is a
 *       dash whichever one a word processor inserted.
 *   <li><b>Looks like a code</b>: at most three parts, ASCII letters and digits only, a digit, at
 *       least {@value #MIN_CODE_LOOKUP} characters of key. Ingest also took Hangul, {@code +},
 *       {@code #} and one- or two-character keys; search did not. In a query {@code 드릴13} or {@code
 *       3단} is Korean words with a number, which the text analysis (Nori) finds better than a code
 *       lookup, and a two-character key is an infix of thousands of codes. Makers print model codes
 *       in Latin letters and digits, so the narrower rule loses no real code; a catalog key may
 *       still hold Hangul, {@code +} and {@code #} ({@link #isValidCodeKey}) and is found by the
 *       code lookup, which does not ask this question.
 *   <li><b>Maker key</b>: NFKC, lower case, legal forms ({@code (주) ㈜ 주식회사 Co., Ltd. Inc. GmbH
 *       AG}...) removed, then everything but letters and digits. Search only removed separators and
 *       {@code & , ( )} and kept case-folded punctuation and legal forms, so {@code (주)보쉬}, {@code
 *       ＢＯＳＣＨ} or {@code Bosch GmbH} typed in the maker filter missed a maker ingest had matched
 *       from the very same spelling. A user types the maker the way a supplier writes it, so the
 *       lookup takes ingest's rule. Only while typing a name that begins like a legal form ({@code
 *       co} of {@code Coway}) does {@link #makerTypingKey} keep the letters.
 * </ul>
 */
public final class Keys {
  /** Shortest code key that {@link #looksLikeCode} accepts: shorter ones match too much. */
  public static final int MIN_CODE_LOOKUP = 3;

  /** What a code key may hold: Latin letters, digits, Hangul syllables, and {@code + #}. */
  private static final Pattern VALID_CODE_KEY = Pattern.compile("[A-Z0-9가-힣+#]{1,64}");

  /** Legal forms in brackets, before NFKC folding has turned {@code ㈜} into {@code (주)}. */
  private static final Pattern BRACKETED_FORM = Pattern.compile("\\((?:주|유|사|재|합|株|有)\\)|（주）");

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "주식회사",
          "유한회사",
          "유한책임회사",
          "합자회사",
          "co",
          "ltd",
          "inc",
          "corp",
          "corporation",
          "gmbh",
          "ag",
          "llc",
          "limited",
          "company",
          "plc",
          "kk",
          "mbh",
          "sa",
          "spa",
          "bv",
          "srl");
  private static final Set<String> BRANCH_WORDS = Set.of("korea", "코리아", "한국", "kor");

  private Keys() {}

  // ---- product codes ----

  /**
   * Whether a character is ignored when codes are compared: whitespace, {@code . / \ _}, the middle
   * dot {@code ·} and every dash.
   */
  public static boolean isCodeSeparator(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == '.'
        || cp == '/'
        || cp == '\\'
        || cp == '_'
        || cp == '·'
        || Character.getType(cp) == Character.DASH_PUNCTUATION;
  }

  /**
   * The matching key of a product code written or typed any way: NFKC, upper case, without {@link
   * #isCodeSeparator separators} ({@code gsb-13 re}, {@code ＧＳＢ１３ＲＥ}, {@code GSB·13RE} all give
   * {@code GSB13RE}); an empty string for null or nothing but separators.
   */
  public static String codeKey(String raw) {
    String s = Text.clean(raw);
    if (s == null) {
      return "";
    }
    String upper = Text.upper(s);
    StringBuilder key = new StringBuilder(upper.length());
    upper.codePoints().filter(cp -> !isCodeSeparator(cp)).forEach(key::appendCodePoint);
    return key.toString();
  }

  /** Whether a code key has only the characters a catalog code key may have (1 to 64 of them). */
  public static boolean isValidCodeKey(String key) {
    return key != null && VALID_CODE_KEY.matcher(key).matches();
  }

  /**
   * Whether a text (a query word, a supplier's model field) looks like a product code rather than
   * words: at most three space-separated parts, and a key of at least {@value #MIN_CODE_LOOKUP}
   * ASCII letters and digits with a digit among them ({@code ELP-LP12}, {@code dv7-1211ea}, {@code
   * 13RE}; not {@code Power Supply}, {@code DRILL}, {@code 드릴13}, {@code 13}). Applied to a key it
   * answers for the key.
   */
  public static boolean looksLikeCode(String text) {
    String s = Text.clean(text);
    if (s == null || s.isEmpty() || s.split(" ").length > 3) {
      return false;
    }
    String key = codeKey(s);
    if (key.length() < MIN_CODE_LOOKUP || !isValidCodeKey(key)) {
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

  // ---- makers ----

  /**
   * The maker key: NFKC, lower case, legal forms removed, then everything but letters and digits
   * ({@code 보쉬}, {@code (주)보쉬}, {@code Bosch GmbH}, {@code BOSCH} give {@code bosch} and {@code
   * 보쉬}); empty when the spelling has no letters or digits besides legal forms.
   */
  public static String makerKey(String spelling) {
    return String.join("", makerTokens(spelling, false));
  }

  /**
   * The maker key also without a country-branch word ({@code Korea}, {@code 코리아}, {@code 한국}, a
   * {@code 한국}- prefix and a -{@code 코리아} suffix), so {@code 보쉬코리아} finds {@code 보쉬}. Lossier than
   * {@link #makerKey}, so matched second; a name that is only a branch word keeps it.
   */
  public static String makerBranchKey(String spelling) {
    return String.join("", makerTokens(spelling, true));
  }

  /**
   * The maker key of a name being typed: {@link #makerKey}, or when the text so far is only a legal
   * form ({@code co} is how {@code Coway} begins, {@code sa} how {@code Samsung} does) its letters
   * and digits, so the prefix still finds the maker.
   */
  public static String makerTypingKey(String typed) {
    String key = makerKey(typed);
    return key.isEmpty() ? nameKey(typed) : key;
  }

  /**
   * A plain name key: NFKC, lower case, only letters and digits ({@code 드릴/드라이버} gives {@code
   * 드릴드라이버}, {@code Black & Decker} gives {@code blackdecker}); legal forms are kept.
   */
  public static String nameKey(String name) {
    String s = Text.clean(name);
    return s == null ? "" : TOKEN_SPLIT.matcher(Text.lower(s)).replaceAll("");
  }

  /**
   * The words of a maker key in order (legal forms removed, and country-branch words with {@code
   * dropBranch}), for ids made from a spelling.
   */
  public static List<String> makerTokens(String spelling, boolean dropBranch) {
    String s = Text.clean(spelling);
    if (s == null) {
      return List.of();
    }
    s = BRACKETED_FORM.matcher(Text.lower(s)).replaceAll(" ");
    List<String> kept = new ArrayList<>();
    for (String token : TOKEN_SPLIT.split(s)) {
      if (token.isEmpty() || LEGAL_FORMS.contains(token)) {
        continue;
      }
      // 주식회사 is often glued to the name: 보쉬주식회사, 주식회사보쉬.
      token = stripAffix(token, "주식회사");
      if (dropBranch) {
        if (BRANCH_WORDS.contains(token)) {
          continue;
        }
        token = stripAffix(token, "코리아");
        if (token.startsWith("한국") && token.length() > 3) {
          token = token.substring(2);
        }
      }
      if (!token.isEmpty()) {
        kept.add(token);
      }
    }
    if (kept.isEmpty() && dropBranch) {
      // The name was only a branch word ("Korea"): keep it rather than match everything.
      return makerTokens(spelling, false);
    }
    return kept;
  }

  private static String stripAffix(String token, String affix) {
    if (token.length() > affix.length() + 1) {
      if (token.endsWith(affix)) {
        return token.substring(0, token.length() - affix.length());
      }
      if (token.startsWith(affix)) {
        return token.substring(affix.length());
      }
    }
    return token;
  }
}
