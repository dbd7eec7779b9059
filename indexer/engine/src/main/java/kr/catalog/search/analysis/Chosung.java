package kr.catalog.search.analysis;

import java.util.Locale;

/**
 * Korean initial consonants (chosung): {@code 보쉬} becomes {@code ㅂㅅ}. Counsellors and customers
 * type only the initials to find a maker quickly; a query made of initials is matched as a prefix
 * of these forms.
 */
public final class Chosung {

  private static final char[] INITIALS = {
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'
  };
  private static final int SYLLABLE_FIRST = 0xAC00;
  private static final int SYLLABLE_LAST = 0xD7A3;
  // 21 medial vowels x 28 finals per initial consonant in the Unicode Hangul syllable block.
  private static final int SYLLABLES_PER_INITIAL = 21 * 28;

  private Chosung() {}

  /**
   * The initials of the Hangul syllables of {@code text}, other letters and digits kept
   * lower-cased, everything else (spaces, punctuation) dropped.
   */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp >= SYLLABLE_FIRST && cp <= SYLLABLE_LAST) {
                out.append(INITIALS[(cp - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL]);
              } else if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether the text consists only of Hangul compatibility consonants (what users type). */
  public static boolean isInitialsOnly(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return false;
    }
    return trimmed.chars().allMatch(c -> Character.isWhitespace(c) || (c >= 'ㄱ' && c <= 'ㅎ'));
  }

  /** The initials typed, without spaces. */
  public static String compact(String initials) {
    return initials.replaceAll("\\s+", "");
  }
}
