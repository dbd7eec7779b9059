package kr.catalog.search.query;

import java.util.Set;

/**
 * The active filter of one dimension: a document passes when its field holds any of {@code anyOf}
 * (keyword dimensions) or its number lies in {@code [min, max]} (price).
 */
public record FilterSpec(Dimension dimension, Set<String> anyOf, Long min, Long max) {
  public FilterSpec {
    anyOf = anyOf == null ? Set.of() : Set.copyOf(anyOf);
  }

  /** The same filter as a query node. */
  public QueryNode toNode() {
    return dimension == Dimension.PRICE
        ? new QueryNode.Range(dimension.field(), min, max)
        : new QueryNode.AnyOf(dimension.field(), anyOf);
  }
}
