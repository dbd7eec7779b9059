package kr.catalog.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total exact number of matching products
 * @param hits the requested page of hits
 * @param facets each facet ({@link Facet#CATEGORY}, {@link Facet#MAKER}, {@link Facet#ORIGIN},
 *     {@link Facet#BRAND}, {@link Facet#FLAG}, and {@link Facet#COLLECTION} when the query's
 *     curation has collections or a selected one) to its values with counts, in that order,
 *     disjunctive: a facet's counts ignore its own selection
 * @param price price statistics of the matches ignoring the price filter itself
 * @param nextCursor cursor for the next page, or null when there is none
 * @param didYouMean when nothing matched and no correction ran (an {@link SearchQuery#exact()}
 *     search): a corrected query that would find something, else null
 * @param query the text that ran: the typed text, or its typo correction when {@code correctedFrom}
 *     is set
 * @param correctedFrom the text as typed when the search ran a typo correction of it instead (the
 *     typed text found nothing or too little), else null
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    Map<Facet, List<FacetValue>> facets,
    PriceStats price,
    String nextCursor,
    String didYouMean,
    String query,
    String correctedFrom) {
  public SearchResult {
    hits = List.copyOf(hits);
    EnumMap<Facet, List<FacetValue>> ordered = new EnumMap<>(Facet.class);
    facets.forEach((facet, values) -> ordered.put(facet, List.copyOf(values)));
    facets = Collections.unmodifiableMap(ordered);
  }

  /** Whether the hits are those of a typo correction of the typed text ({@link #correctedFrom}). */
  public boolean corrected() {
    return correctedFrom != null;
  }

  /**
   * One product in the result list.
   *
   * @param code code as printed
   * @param codeKey normalised code, the product's id
   * @param name Korean name (English when there is none)
   * @param makerId maker id
   * @param makerName maker's Korean name
   * @param categoryId leaf category id
   * @param price list price in KRW
   * @param score relevance score (Elasticsearch's BM25 scale, equal on both backends; a pinned
   *     product in a relevance search scores {@code 1e9}, above every other hit; 0 in other orders)
   * @param highlights field ({@code name}) to HTML-escaped fragments with matches in {@code <em>}
   * @param family family key
   * @param familySize variants of the family matching the query when grouped, else 1
   * @param discontinued kept only for lookup of old codes
   */
  public record Hit(
      String code,
      String codeKey,
      String name,
      String makerId,
      String makerName,
      String categoryId,
      long price,
      float score,
      Map<String, List<String>> highlights,
      String family,
      long familySize,
      boolean discontinued) {}

  /** The values of one facet, empty when the result has no such facet. */
  public List<FacetValue> facet(Facet facet) {
    return facets.getOrDefault(facet, List.of());
  }

  /** One facet value and how many matches carry it. */
  public record FacetValue(String value, String label, long count) {}

  /** Price bounds and a histogram of the matches. */
  public record PriceStats(Long min, Long max, List<Bucket> histogram) {
    /** Products with price in {@code [from, to)}. */
    public record Bucket(long from, long to, long count) {}
  }
}
