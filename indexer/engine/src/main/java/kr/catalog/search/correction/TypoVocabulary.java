package kr.catalog.search.correction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.Jamo;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.FiniteStringsIterator;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * The catalog's words (product, maker and category names, maker aliases, and the parts Nori splits
 * Korean compounds into), each with how often it occurs, searchable within a few edits of their
 * jamo spelling ({@link Jamo}).
 *
 * <p>Candidate generation is Lucene's: the vocabulary's jamo forms are one minimal automaton
 * ({@link Automata#makeStringUnion}), a typed word is a Levenshtein automaton with transpositions
 * (Damerau: a swap of neighbours is one edit), and their intersection lists exactly the words
 * within the bound, at a cost that follows the typed word, not the vocabulary's size (the same
 * mechanism as Lucene's {@code FuzzyQuery}, without an index). Immutable and thread-safe.
 */
public final class TypoVocabulary {

  /** Longest word (in jamo or letters) that is corrected; longer ones are left as typed. */
  public static final int MAX_WORD_LENGTH = 30;

  /**
   * How many times more often a word one jamo away is meant than one a whole syllable away, at
   * equal frequency: a candidate one syllable away replaces the closest by jamo only when it is
   * more than this many times as frequent in the catalog (a noisy-channel weighing with one fixed
   * odds ratio, an order of magnitude).
   */
  static final int SYLLABLE_EDIT_ODDS = 10;

  /**
   * Longest word (in syllables) whose syllables are edited: a word this long that the catalog lacks
   * is a glued phrase rather than a mistyped word.
   */
  static final int MAX_SYLLABLES = 10;

  /** Most words within the bound that are compared for one typed word (a hostile-input bound). */
  static final int MAX_CANDIDATES = 1_000;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

  private final Map<String, Integer> frequency;
  private final Map<String, String> byJamo;
  private final Automaton automaton;

  /**
   * Korean words of three or more syllables by each form with one syllable left out ({@code 그라더} ->
   * {@code 그라인더}): a dropped syllable is two or three jamo, beyond the jamo bound of a short word,
   * so it is looked up rather than searched for (a deletion index, as SymSpell's, one syllable
   * deep: one key per syllable of each word).
   */
  private final Map<String, List<String>> bySyllableDropped;

  private TypoVocabulary(Map<String, Integer> frequency) {
    this.frequency = Map.copyOf(frequency);
    Map<String, String> forms = new HashMap<>();
    TreeSet<BytesRef> sorted = new TreeSet<>();
    for (Map.Entry<String, Integer> e : frequency.entrySet()) {
      String word = e.getKey();
      // Only words of letters are targets: words with digits are code fragments, never a typo's
      // intended word (the code search handles those).
      if (!LETTERS.matcher(word).matches()) {
        continue;
      }
      String jamo = Jamo.decompose(word);
      if (jamo.codePointCount(0, jamo.length()) > Automata.MAX_STRING_UNION_TERM_LENGTH) {
        continue;
      }
      forms.merge(jamo, word, (a, b) -> moreFrequent(frequency, a, b));
      sorted.add(new BytesRef(jamo));
    }
    this.byJamo = Map.copyOf(forms);
    Map<String, List<String>> dropped = new HashMap<>();
    for (String word : forms.values()) {
      if (Jamo.isSyllables(word) && word.length() >= 3 && word.length() <= MAX_SYLLABLES) {
        for (int i = 0; i < word.length(); i++) {
          String key = word.substring(0, i) + word.substring(i + 1);
          List<String> targets = dropped.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (!targets.contains(word)) {
            targets.add(word);
          }
        }
      }
    }
    dropped.replaceAll((k, v) -> List.copyOf(v));
    this.bySyllableDropped = Map.copyOf(dropped);
    this.automaton = sorted.isEmpty() ? Automata.makeEmpty() : Automata.makeStringUnion(sorted);
  }

  private static String moreFrequent(Map<String, Integer> frequency, String a, String b) {
    int fa = frequency.get(a);
    int fb = frequency.get(b);
    if (fa != fb) {
      return fa > fb ? a : b;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Counts the lower-cased words (two or more letters or digits) of the text into {@code counts}.
   */
  public static void countWords(String text, Map<String, Integer> counts) {
    if (text == null) {
      return;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
  }

  /**
   * The vocabulary of these surface words with their counts, plus the terms the analyzer makes of
   * the Korean ones ({@code 전동드릴} also gives {@code 전동} and {@code 드릴}, so a typo of the part alone
   * is found), each counted as often as the words it comes from.
   */
  public static TypoVocabulary of(Map<String, Integer> words, CatalogAnalyzer analyzer) {
    Map<String, Integer> all = new HashMap<>(words);
    words.forEach(
        (word, count) -> {
          if (Jamo.hasHangul(word)) {
            for (String term : analyzer.distinctTerms(word)) {
              if (!term.equals(word) && term.length() >= 2) {
                all.merge(term, count, Integer::sum);
              }
            }
          }
        });
    return new TypoVocabulary(all);
  }

  /** Whether the catalog has this lower-cased word. */
  public boolean contains(String word) {
    return frequency.containsKey(word);
  }

  /** How often the catalog has this lower-cased word, 0 when never. */
  public int frequency(String word) {
    return frequency.getOrDefault(word, 0);
  }

  /**
   * The edits allowed for a word of this jamo or letter length: none below 4 jamo in Korean (a
   * single syllable has too many neighbours to guess from) or 3 letters in Latin script, one up to
   * 8 jamo (two or three syllables) or 5 letters, two beyond (Elasticsearch's {@code AUTO}
   * fuzziness for Latin words, the same shape counted in jamo for Korean).
   */
  public static int maxEdits(String jamo, boolean hangul) {
    int length = jamo.codePointCount(0, jamo.length());
    if (length > MAX_WORD_LENGTH) {
      return 0;
    }
    if (hangul) {
      return length < 4 ? 0 : length <= 8 ? 1 : 2;
    }
    return length < 3 ? 0 : length <= 5 ? 1 : 2;
  }

  /**
   * The catalog word closest to this lower-cased word within {@link #maxEdits}: fewest jamo or
   * letter edits (optimal string alignment), then the most frequent, then the first in code point
   * order; null when none is close enough or the word itself is in the vocabulary.
   *
   * <p>A Korean word of two or more syllables is also tried one syllable away ({@link
   * #closestBySyllable}: a dropped, an extra or two swapped syllables); that candidate is taken
   * when nothing is within the jamo bound, or when it is more than {@link #SYLLABLE_EDIT_ODDS}
   * times as frequent as the closest by jamo.
   */
  public Candidate closest(String word) {
    if (contains(word)) {
      return null;
    }
    String jamo = Jamo.decompose(word);
    int maxEdits = maxEdits(jamo, Jamo.hasHangul(word));
    if (maxEdits == 0) {
      return null;
    }
    LevenshteinAutomata typed = new LevenshteinAutomata(jamo, true);
    // Closer words always win, so one edit is tried alone first: its automaton is far smaller
    // than two edits', and most typos are one edit.
    Candidate byJamo = null;
    for (int edits = 1; edits <= maxEdits && byJamo == null; edits++) {
      byJamo = closest(jamo, typed.toAutomaton(edits), edits);
    }
    Candidate bySyllable = closestBySyllable(word, jamo);
    // A whole syllable is a rarer slip than a jamo: its word wins only when it is far more common
    // (a short word's one-jamo neighbours are often rare names: 안모 is one jamo from 안오, a
    // syllable from 안전모).
    if (bySyllable != null
        && (byJamo == null
            || bySyllable.frequency() > SYLLABLE_EDIT_ODDS * (long) byJamo.frequency())) {
      return bySyllable;
    }
    return byJamo;
  }

  /**
   * The catalog word one whole syllable away from this word of Hangul syllables: with a syllable
   * more (one dropped when typing, {@code 드라버} for {@code 드라이버}), a syllable less (one typed twice
   * or stray, {@code 보안안경}) or two neighbouring syllables swapped ({@code 라드이버}). The most frequent
   * wins, then the fewest jamo edits, then code point order; null when none.
   *
   * <p>Only this narrow set of syllable edits is tried, never a substituted syllable: a wrong
   * syllable that is not a typo of its jamo ({@code 드럼} for {@code 드릴}) is another word, and a typo
   * inside a syllable is the jamo bound's. The cost is a few map lookups per syllable typed,
   * whatever the vocabulary's size.
   */
  Candidate closestBySyllable(String word, String jamo) {
    int n = word.length();
    if (!Jamo.isSyllables(word) || n < 2 || n > MAX_SYLLABLES) {
      return null;
    }
    // A dropped syllable first: the typed word keeps every syllable of the catalog word in order.
    // Then two swapped neighbours (every syllable typed, two in the wrong order). Last a catalog
    // word inside the typed one with a syllable more: the weakest sign, as the typed word may be
    // that word with something glued to it (드릴트 is 드릴비트 rather than 드릴).
    Candidate dropped = null;
    for (String target : bySyllableDropped.getOrDefault(word, List.of())) {
      dropped = moreLikely(dropped, target, jamo);
    }
    if (dropped != null) {
      return dropped;
    }
    Candidate swapped = null;
    for (int i = 0; i + 1 < n; i++) {
      char[] chars = word.toCharArray();
      chars[i] = word.charAt(i + 1);
      chars[i + 1] = word.charAt(i);
      swapped = moreLikely(swapped, byJamo.get(Jamo.decompose(new String(chars))), jamo);
    }
    if (swapped != null) {
      return swapped;
    }
    Candidate extra = null;
    for (int i = 0; n >= 3 && i < n; i++) {
      String shorter = word.substring(0, i) + word.substring(i + 1);
      extra = moreLikely(extra, byJamo.get(Jamo.decompose(shorter)), jamo);
    }
    return extra;
  }

  private Candidate moreLikely(Candidate best, String target, String jamo) {
    if (target == null) {
      return best;
    }
    String form = Jamo.decompose(target);
    int distance = EditDistance.osa(jamo, form, jamo.length() + form.length());
    Candidate c = new Candidate(target, distance, frequency(target));
    if (best == null
        || c.frequency > best.frequency
        || c.frequency == best.frequency && c.isBetterThan(best)) {
      return c;
    }
    return best;
  }

  private Candidate closest(String jamo, Automaton typed, int edits) {
    FiniteStringsIterator strings =
        new FiniteStringsIterator(Operations.intersection(typed, automaton));
    Candidate best = null;
    int seen = 0;
    for (IntsRef s = strings.next(); s != null && seen < MAX_CANDIDATES; s = strings.next()) {
      seen++;
      String form = new String(s.ints, s.offset, s.length);
      String candidate = byJamo.get(form);
      if (candidate == null) {
        continue;
      }
      int distance = EditDistance.osa(jamo, form, edits);
      if (distance > edits) {
        continue;
      }
      Candidate c = new Candidate(candidate, distance, frequency(candidate));
      if (best == null || c.isBetterThan(best)) {
        best = c;
      }
    }
    return best;
  }

  /** Number of distinct words. */
  public int size() {
    return frequency.size();
  }

  /** Words of the vocabulary, for tests and diagnostics. */
  List<String> words() {
    return new ArrayList<>(frequency.keySet());
  }

  /**
   * A correction of one word.
   *
   * @param word the catalog word
   * @param distance jamo (or letter) edits from what was typed
   * @param frequency how often the catalog has it
   */
  public record Candidate(String word, int distance, int frequency) {
    boolean isBetterThan(Candidate other) {
      if (distance != other.distance) {
        return distance < other.distance;
      }
      if (frequency != other.frequency) {
        return frequency > other.frequency;
      }
      return word.compareTo(other.word) < 0;
    }
  }
}
