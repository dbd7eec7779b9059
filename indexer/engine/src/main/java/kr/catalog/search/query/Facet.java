package kr.catalog.search.query;

import java.util.List;
import kr.catalog.search.document.Fields;

/**
 * The facets of a search, one typed definition each: the name results carry, the dimension whose
 * own filter the facet ignores (disjunctive facets), the field its values come from and how they
 * are counted. Backends name their aggregations and counters after these, never after strings of
 * their own.
 */
public enum Facet {
  /** Category tree: every value with a count (the ids of a leaf and its ancestors). */
  CATEGORY("category", Dimension.CATEGORY, Fields.CATEGORY_PATH, Kind.TREE),
  MAKER("maker", Dimension.MAKER, Fields.MAKER_ID, Kind.TOP_N),
  ORIGIN("origin", Dimension.ORIGIN, Fields.ORIGIN, Kind.TOP_N),
  BRAND("brand", Dimension.BRAND, Fields.BRAND, Kind.TOP_N),
  /** The four flags, each its own dimension ({@link Dimension#of}): a fixed list of values. */
  FLAG("flag", null, Fields.FLAGS, Kind.FLAGS),
  /**
   * Marketing collections: query-defined values (each collection's membership query), present only
   * when the search's curation has collections or a selected one.
   */
  COLLECTION("collection", Dimension.COLLECTION, null, Kind.QUERY_DEFINED);

  /** How a facet's values are counted. */
  public enum Kind {
    /** Every value of a keyword field with a count. */
    TREE,
    /** The top values of a keyword field by count, then value, plus the selected ones. */
    TOP_N,
    /** Each flag counted under every filter but its own flag's. */
    FLAGS,
    /** One count per membership query. */
    QUERY_DEFINED
  }

  /** The facets counted by terms of a keyword field, in result order. */
  public static final List<Facet> KEYWORD_FACETS = List.of(CATEGORY, MAKER, ORIGIN, BRAND);

  private final String key;
  private final Dimension dimension;
  private final String field;
  private final Kind kind;

  Facet(String key, Dimension dimension, String field, Kind kind) {
    this.key = key;
    this.dimension = dimension;
    this.field = field;
    this.kind = kind;
  }

  /** The facet's name in results ({@code category}, {@code maker}, ...). */
  public String key() {
    return key;
  }

  /** The dimension whose filter this facet ignores; null for {@link #FLAG} (one per flag). */
  public Dimension dimension() {
    return dimension;
  }

  /** The keyword field the values come from; null for {@link #COLLECTION}. */
  public String field() {
    return field;
  }

  /** How the values are counted. */
  public Kind kind() {
    return kind;
  }

  /** The keyword facet of a dimension ({@link #KEYWORD_FACETS}). */
  public static Facet ofKeywordDimension(Dimension dimension) {
    for (Facet f : KEYWORD_FACETS) {
      if (f.dimension == dimension) {
        return f;
      }
    }
    throw new IllegalArgumentException("not a keyword facet: " + dimension);
  }
}
