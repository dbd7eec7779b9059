package kr.catalog.search.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetCounts;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;

/**
 * The facets of one build, keyed by query tree and filters (value equality), bounded in size.
 * Facets of one query and filter set do not change while a build is live (it is read-only) and do
 * not depend on sort or page; browsing and maker search repeat them constantly. A Caffeine cache
 * rather than a synchronized access-ordered map: every search reads it, and one global lock per
 * search serialised the searching threads.
 */
final class FacetCache {

  /** Entries per build; an entry holds a few hundred counts at most. */
  static final int ENTRIES = 512;

  /**
   * What identifies the facets of a search: its scored query, its filters and the collections of
   * its {@code collection} facet.
   */
  record Key(
      QueryNode scoring,
      Map<Dimension, FilterSpec> filters,
      List<QueryPlanner.CollectionFacet> collections) {}

  /** Total, facet counts and price statistics of one key. */
  record Facets(long total, FacetCounts counts, Long priceMin, Long priceMax, long[] priceBands) {}

  private final Cache<Key, Facets> entries;

  FacetCache(int capacity) {
    this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
  }

  /** The cached facets of a key, or null. */
  Facets get(Key key) {
    return entries.getIfPresent(key);
  }

  void put(Key key, Facets facets) {
    entries.put(key, facets);
  }
}
