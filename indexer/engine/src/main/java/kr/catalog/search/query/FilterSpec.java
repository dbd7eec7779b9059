package kr.catalog.search.query;

import java.util.Set;

/**
 * The active filter of one dimension: a document passes when its field holds any of {@code anyOf}
 * (keyword dimensions), its number lies in {@code [min, max]} (price), or it matches {@code query}
 * (query-defined dimensions: {@link Dimension#COLLECTION}, where {@code anyOf} names the selected
 * values).
 */
public record FilterSpec(
    Dimension dimension, Set<String> anyOf, Long min, Long max, QueryNode query) {
  public FilterSpec {
    anyOf = anyOf == null ? Set.of() : Set.copyOf(anyOf);
    if (dimension == Dimension.COLLECTION && query == null) {
      throw new IllegalArgumentException("a collection filter needs its membership query");
    }
  }

  /** A field-based filter. */
  public FilterSpec(Dimension dimension, Set<String> anyOf, Long min, Long max) {
    this(dimension, anyOf, min, max, null);
  }

  /** The same filter as a query node. */
  public QueryNode toNode() {
    if (query != null) {
      return query;
    }
    return dimension == Dimension.PRICE
        ? new QueryNode.Range(dimension.field(), min, max)
        : new QueryNode.AnyOf(dimension.field(), anyOf);
  }
}
