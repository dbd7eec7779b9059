package kr.catalog.search.vocabulary;

import java.util.List;

/**
 * One entry of the trade's vocabulary.
 *
 * @param terms the words of the entry, each one or more words; for {@link Direction#ONE_WAY} the
 *     first is what people type and the others what it means
 * @param direction whether every term finds the others or only the first finds the rest
 * @param category the leaf category id the entry is about ({@code 01.01}), or null for several
 * @param kind what sort of entry it is
 * @param source where the entry comes from
 */
public record VocabularyEntry(
    List<String> terms, Direction direction, String category, Kind kind, String source) {

  public VocabularyEntry {
    terms = terms.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    if (terms.size() < 2) {
      throw new IllegalArgumentException("an entry needs at least two terms: " + terms);
    }
    if (direction == null || kind == null) {
      throw new IllegalArgumentException("direction and kind are required");
    }
  }

  /** Which terms expand to which. */
  public enum Direction {
    /** Every term finds the products of every other term. */
    TWO_WAY,
    /** The first term finds the products of the others; the others do not find the first's. */
    ONE_WAY
  }

  /** What sort of entry: for marketing's overview and for measuring each kind's effect. */
  public enum Kind {
    /** Words of the same meaning (Korean/Korean, Korean/English). */
    SYNONYM,
    /** Words used on shop floors, Japanese-derived ones included ({@code 기리}, {@code 빠루}). */
    SHOP_FLOOR,
    /** Spellings of one loanword ({@code 렌치}, {@code 랜치}). */
    LOANWORD,
    /** Spellings of a maker's name ({@code 보쉬}, {@code 보시}, {@code Bosch}). */
    MAKER
  }
}
