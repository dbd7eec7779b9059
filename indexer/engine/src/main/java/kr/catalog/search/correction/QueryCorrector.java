package kr.catalog.search.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.Chosung;
import kr.catalog.search.analysis.Jamo;

/**
 * Proposes the corrected form of a query, word by word: a word is corrected only when the catalog
 * does not know it (neither the word nor every term it analyses to is in the {@link
 * TypoVocabulary}, so {@code 드릴을} or {@code drills} stay as typed) and a catalog word is close
 * enough. Words with digits (codes), initial consonants ({@code ㅂㅅ}) and words too short to guess
 * from are never corrected. Whether the proposal runs is the search's decision (it knows how much
 * the exact query found).
 */
public final class QueryCorrector {

  /**
   * Longest query (in words) that is corrected: a longer one is pasted text rather than typed, and
   * its corrected query, which also carries the typed one, would grow past what an engine accepts
   * in one query (Lucene's 1,024 clauses). Also the hostile-input bound on the work per query.
   */
  public static final int MAX_WORDS = 8;

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private final TypoVocabulary vocabulary;
  private final CatalogAnalyzer analyzer;

  /** A corrector looking words up in this vocabulary, analysing them as the index does. */
  public QueryCorrector(TypoVocabulary vocabulary, CatalogAnalyzer analyzer) {
    this.vocabulary = vocabulary;
    this.analyzer = analyzer;
  }

  /** The vocabulary corrections come from. */
  public TypoVocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The corrected query and what changed, or null when no word needs or has a correction. Words are
   * split on whitespace; a corrected query joins them with single spaces.
   */
  public Proposal propose(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] words = text.strip().split("\\s+");
    if (words.length > MAX_WORDS) {
      return null;
    }
    List<String> out = new ArrayList<>(words.length);
    List<WordCorrection> changes = new ArrayList<>();
    for (String typed : words) {
      String corrected = LETTERS.matcher(typed).matches() ? correct(typed) : null;
      if (corrected == null) {
        out.add(typed);
      } else {
        out.add(corrected);
        changes.add(new WordCorrection(typed, corrected));
      }
    }
    return changes.isEmpty() ? null : new Proposal(String.join(" ", out), changes);
  }

  private String correct(String typed) {
    if (Chosung.isInitialsOnly(typed)) {
      return null;
    }
    String word = typed.toLowerCase(Locale.ROOT);
    // Cheap checks first: the bound on the length keeps long input away from the analyzer too.
    if (vocabulary.contains(word)
        || TypoVocabulary.maxEdits(Jamo.decompose(word), Jamo.hasHangul(word)) == 0
        || isKnown(word)) {
      return null;
    }
    TypoVocabulary.Candidate best = vocabulary.closest(word);
    return best == null ? null : best.word();
  }

  /** Whether the catalog knows the word itself or every term it analyses to. */
  private boolean isKnown(String word) {
    if (vocabulary.contains(word)) {
      return true;
    }
    List<String> terms = analyzer.distinctTerms(word);
    return !terms.isEmpty() && terms.stream().allMatch(vocabulary::contains);
  }

  /**
   * A corrected query.
   *
   * @param text the query with each corrected word replaced
   * @param changes each word typed and what it became, in query order
   */
  public record Proposal(String text, List<WordCorrection> changes) {
    public Proposal {
      changes = List.copyOf(changes);
    }

    /** The words as typed that were corrected. */
    public List<String> typedWords() {
      return changes.stream().map(WordCorrection::typed).toList();
    }
  }

  /** One word as typed and the catalog word that replaces it. */
  public record WordCorrection(String typed, String corrected) {}
}
