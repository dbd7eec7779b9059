package kr.catalog.sample.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a maker is filed in the book's maker index: its printed name ({@code 보쉬 Bosch}) splits into
 * its Hangul words, filed in 가나다 order under their initial consonant (ㄱ to ㅎ, a double consonant
 * under its single one, as Korean indexes do), and its other words, filed in ABC order under their
 * first letter ({@code #} for a digit or a sign).
 */
final class MakerIndex {
  /** The 19 initial consonants in the order of the Hangul syllables block. */
  private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

  /** The heading each initial is filed under: ㄲ under ㄱ, ㄸ under ㄷ, and so on. */
  private static final String HEADINGS = "ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ";

  private static final int SYLLABLES_FIRST = 0xAC00;
  private static final int SYLLABLES_LAST = 0xD7A3;
  private static final int SYLLABLES_PER_INITIAL = 21 * 28;

  private MakerIndex() {}

  /** A name's Hangul words and its other words, each in print order, either possibly empty. */
  record Parts(String hangul, String latin) {}

  static Parts split(String name) {
    List<String> hangul = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String word : name.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      (word.codePoints().anyMatch(MakerIndex::isHangul) ? hangul : other).add(word);
    }
    return new Parts(String.join(" ", hangul), String.join(" ", other));
  }

  /** The index heading of a Hangul name: the initial consonant of its first syllable. */
  static String initialConsonant(String hangul) {
    for (int i = 0; i < hangul.length(); i++) {
      char c = hangul.charAt(i);
      if (c >= SYLLABLES_FIRST && c <= SYLLABLES_LAST) {
        return String.valueOf(HEADINGS.charAt((c - SYLLABLES_FIRST) / SYLLABLES_PER_INITIAL));
      }
      int jamo = INITIALS.indexOf(c);
      if (jamo >= 0) {
        return String.valueOf(HEADINGS.charAt(jamo));
      }
    }
    return "#";
  }

  /** The index heading of a Latin name: its first letter in upper case, {@code #} otherwise. */
  static String latinInitial(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        return String.valueOf(c).toUpperCase(Locale.ROOT);
      }
      if (Character.isLetterOrDigit(c)) {
        return "#";
      }
    }
    return "#";
  }

  private static boolean isHangul(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
  }
}
