package kr.catalog.search;

import java.util.List;

/**
 * The facets of a search result, one typed definition each: the name the API shows and how the
 * values are counted. {@link SearchResult#facets()} is keyed by it, and backends name their
 * aggregations and counters after it (the dimension and field behind each are in {@code
 * kr.catalog.search.query.Dimension}), never after strings of their own.
 */
public enum Facet {
  /** Category tree: every value with a count (the ids of a leaf and its ancestors). */
  CATEGORY("category", Kind.TREE),
  MAKER("maker", Kind.TOP_N),
  ORIGIN("origin", Kind.TOP_N),
  BRAND("brand", Kind.TOP_N),
  /** The four flags, each its own dimension: a fixed list of values. */
  FLAG("flag", Kind.FLAGS),
  /**
   * Branch stores holding the product now (live from stock, like the flags): the top values by
   * count, then value, plus the selected ones; values are store codes.
   */
  STORE("store", Kind.TOP_N),
  /**
   * Marketing collections: query-defined values (each collection's membership query), present only
   * when the search's curation has collections or a selected one.
   */
  COLLECTION("collection", Kind.QUERY_DEFINED);

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
  public static final List<Facet> KEYWORD_FACETS = List.of(CATEGORY, MAKER, ORIGIN, BRAND, STORE);

  private final String key;
  private final Kind kind;

  Facet(String key, Kind kind) {
    this.key = key;
    this.kind = kind;
  }

  /** The facet's name in the API ({@code category}, {@code maker}, ...). */
  public String key() {
    return key;
  }

  /** How the values are counted. */
  public Kind kind() {
    return kind;
  }
}
