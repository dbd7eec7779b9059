package kr.catalog.search.analysis;

import java.util.Locale;

/**
 * Hangul syllables spelled out as the jamo a user types: {@code 드릴} becomes {@code ㄷㅡㄹㅣㄹ}.
 *
 * <p>Compatibility jamo (U+3131..U+318E) are used rather than the positional conjoining jamo that
 * {@link java.text.Normalizer} NFD yields: on a Korean keyboard the same key types a consonant as
 * an initial or as a final (받침), and the input method only decides the syllable boundaries
 * afterwards. So {@code 들일} and {@code 드릴} are one moved consonant apart here, as on the keyboard,
 * and a dropped or extra final consonant is exactly one missing or extra jamo. Compound vowels and
 * double finals ({@code ㅘ}, {@code ㄺ}) stay one jamo each: typing {@code ㅗ} for {@code ㅘ} is one
 * wrong jamo. Other characters pass through lower-cased (Latin words are compared letter by
 * letter).
 */
public final class Jamo {

  private static final int SYLLABLE_FIRST = 0xAC00;
  private static final int SYLLABLE_LAST = 0xD7A3;
  private static final int MEDIALS = 21;
  private static final int FINALS = 28;

  private static final String INITIAL = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
  private static final String MEDIAL = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
  // Index 0 is "no final consonant".
  private static final String FINAL = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

  private Jamo() {}

  /**
   * The text with every Hangul syllable spelled out in compatibility jamo, the rest lower-cased.
   */
  public static String decompose(String text) {
    StringBuilder out = new StringBuilder(text.length() * 3);
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            cp -> {
              if (cp >= SYLLABLE_FIRST && cp <= SYLLABLE_LAST) {
                int index = cp - SYLLABLE_FIRST;
                out.append(INITIAL.charAt(index / (MEDIALS * FINALS)));
                out.append(MEDIAL.charAt((index % (MEDIALS * FINALS)) / FINALS));
                int fin = index % FINALS;
                if (fin != 0) {
                  out.append(FINAL.charAt(fin));
                }
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** Whether the text is precomposed Hangul syllables only (no jamo, letters, digits or spaces). */
  public static boolean isSyllables(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST);
  }

  /** Whether the text holds a Hangul syllable or jamo. */
  public static boolean hasHangul(String text) {
    return text.codePoints()
        .anyMatch(
            cp ->
                (cp >= SYLLABLE_FIRST && cp <= SYLLABLE_LAST)
                    || (cp >= 0x3131 && cp <= 0x318E)
                    || (cp >= 0x1100 && cp <= 0x11FF));
  }
}
