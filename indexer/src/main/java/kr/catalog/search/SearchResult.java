package kr.catalog.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total exact number of matching products
 * @param hits the requested page of hits
 * @param facets facet name ({@code category}, {@code maker}, {@code origin}, {@code brand}, {@code
 *     flag}) to its values with counts, disjunctive: a facet's counts ignore its own selection
 * @param price price statistics of the matches ignoring the price filter itself
 * @param nextCursor cursor for the next page, or null when there is none
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    PriceStats price,
    String nextCursor) {

  /** One product in the result list. */
  public record Hit(
      String code,
      String codeKey,
      String name,
      String makerId,
      String makerName,
      String categoryId,
      long price,
      float score,
      Map<String, List<String>> highlights) {}

  /** One facet value and how many matches carry it. */
  public record FacetValue(String value, String label, long count) {}

  /** Price bounds and a histogram of the matches. */
  public record PriceStats(Long min, Long max, List<Bucket> histogram) {
    /** Products with price in {@code [from, to)}. */
    public record Bucket(long from, long to, long count) {}
  }
}
