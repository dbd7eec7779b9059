package kr.catalog.search.lucene;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;

/** Least-recently-used facets of one build, keyed by query tree and filters (value equality). */
final class FacetCache {

  /**
   * What identifies the facets of a search: its scored query, its filters and the collections of
   * its {@code collection} facet.
   */
  record Key(
      QueryNode scoring,
      Map<Dimension, FilterSpec> filters,
      List<QueryPlanner.CollectionFacet> collections) {}

  /** Total, facet counts and price statistics of one key. */
  record Facets(
      long total,
      Map<String, Map<String, Long>> counts,
      Long priceMin,
      Long priceMax,
      long[] priceBands) {}

  private final Map<Key, Facets> entries;

  FacetCache(int capacity) {
    this.entries =
        Collections.synchronizedMap(
            new LinkedHashMap<>(capacity, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<Key, Facets> eldest) {
                return size() > capacity;
              }
            });
  }

  Facets get(Key key) {
    return entries.get(key);
  }

  void put(Key key, Facets facets) {
    entries.put(key, facets);
  }
}
