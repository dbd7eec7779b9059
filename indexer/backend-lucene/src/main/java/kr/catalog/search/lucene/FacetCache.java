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
 * Facets of one query and filter set do not change while a reader of a build is open (only live
 * signals update a build, giving it a new reader version) and do not depend on sort or page;
 * browsing and maker search repeat them constantly. A Caffeine cache rather than a synchronized
 * access-ordered map: every search reads it, and one global lock per search serialised the
 * searching threads.
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

  /** The entries of one reader version of the build. */
  private record Generation(long readerVersion, Cache<Key, Facets> entries) {}

  private final int capacity;
  private volatile Generation generation;

  FacetCache(int capacity) {
    this.capacity = capacity;
    this.generation = new Generation(-1, newEntries());
  }

  private Cache<Key, Facets> newEntries() {
    return Caffeine.newBuilder().maximumSize(capacity).build();
  }

  /**
   * The cached facets of a key counted on this reader version, or null. A partial update (live
   * signals) gives the build a newer reader whose counts differ: entries of older versions are
   * never returned for it.
   */
  Facets get(long readerVersion, Key key) {
    Generation g = generation;
    return g.readerVersion() == readerVersion ? g.entries().getIfPresent(key) : null;
  }

  /**
   * Keeps facets counted on this reader version; the first entry of a newer version drops the older
   * ones, and a search still on an older reader (acquired before the update) keeps nothing.
   */
  void put(long readerVersion, Key key, Facets facets) {
    Generation g = generation;
    if (g.readerVersion() < readerVersion) {
      synchronized (this) {
        g = generation;
        if (g.readerVersion() < readerVersion) {
          g = new Generation(readerVersion, newEntries());
          generation = g;
        }
      }
    }
    if (g.readerVersion() == readerVersion) {
      g.entries().put(key, facets);
    }
  }
}
