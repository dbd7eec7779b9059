package kr.catalog.search.query;

import java.util.ArrayList;
import java.util.List;
import kr.catalog.search.SearchResult;

/**
 * The price histogram's buckets. Catalog prices run from a few hundred won (screws) to tens of
 * millions (machines), so the bucket edges grow in a 1-2-5 series instead of a fixed width: a fixed
 * width would put almost everything into the first bucket. The edges are the same for every query,
 * so both backends count with one range aggregation and no second pass.
 */
public final class PriceBands {

  /** Lower edges of the buckets in KRW; the last bucket has no upper edge. */
  public static final List<Long> EDGES = edges();

  private PriceBands() {}

  private static List<Long> edges() {
    List<Long> edges = new ArrayList<>();
    edges.add(0L);
    for (long decade = 1_000; decade <= 10_000_000; decade *= 10) {
      edges.add(decade);
      edges.add(decade * 2);
      edges.add(decade * 5);
    }
    return List.copyOf(edges);
  }

  /** Index of the bucket holding this price. */
  public static int bucketOf(long price) {
    int i = 0;
    while (i + 1 < EDGES.size() && EDGES.get(i + 1) <= price) {
      i++;
    }
    return i;
  }

  /** Upper edge (exclusive) of bucket {@code i}; {@code Long.MAX_VALUE} for the last. */
  public static long upper(int i) {
    return i + 1 < EDGES.size() ? EDGES.get(i + 1) : Long.MAX_VALUE;
  }

  /**
   * The price statistics of a result: the buckets from the one holding {@code min} to the one
   * holding {@code max}, empty ones between them included so the histogram has no gaps.
   */
  public static SearchResult.PriceStats stats(Long min, Long max, long[] counts) {
    if (min == null || max == null) {
      return new SearchResult.PriceStats(null, null, List.of());
    }
    List<SearchResult.PriceStats.Bucket> buckets = new ArrayList<>();
    for (int i = bucketOf(min); i <= bucketOf(max); i++) {
      buckets.add(new SearchResult.PriceStats.Bucket(EDGES.get(i), upper(i), counts[i]));
    }
    return new SearchResult.PriceStats(min, max, buckets);
  }
}
