package kr.catalog.search.relevance;

import java.util.Map;
import kr.catalog.search.document.Fields;

/**
 * Field weights of the free-text search. Set once from what users search by, not tuned per query: a
 * code or name word says most about what a product is, the maker next (people search "보쉬 드릴"), the
 * category names describe a whole group of products, specs and manuals mention many words in
 * passing.
 */
public final class Boosts {

  /** Weight per text field. */
  public static final Map<String, Float> FIELDS =
      Map.of(
          Fields.CODE, 1.0f,
          Fields.NAME, 3.0f,
          Fields.MAKER, 2.0f,
          Fields.CATEGORY, 1.5f,
          Fields.SPECS, 0.7f,
          Fields.MANUAL, 1.0f);

  /**
   * Share of the other fields' scores added to the best field's score for one word: a word found in
   * name and category is a bit better than one found in the name only, but not twice as good.
   */
  public static final float TIE_BREAKER = 0.5f;

  /** Constant score of a product whose code key equals what was typed. */
  public static final float CODE_EXACT = 40f;

  /** Constant score of a code key beginning with what was typed. */
  public static final float CODE_PREFIX = 12f;

  /** Constant score of a code key containing what was typed. */
  public static final float CODE_INFIX = 6f;

  /** Constant score of a maker whose initial consonants begin with what was typed. */
  public static final float MAKER_CHOSUNG = 6f;

  private Boosts() {}
}
