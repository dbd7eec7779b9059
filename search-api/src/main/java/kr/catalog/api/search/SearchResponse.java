package kr.catalog.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.media.MediaUrls;
import kr.catalog.search.SearchResult;

/**
 * Body of {@code GET /api/search}.
 *
 * @param total exact number of matching products
 * @param page the page number answered (1-based)
 * @param size hits per page
 * @param hits the page of hits
 * @param facets facet name to its values with counts
 * @param price price statistics of the matches
 * @param nextCursor pass as {@code cursor} to read the next page beyond page numbers, or null
 * @param didYouMean when nothing matched, a corrected query that finds something, else null
 */
public record SearchResponse(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<SearchResult.FacetValue>> facets,
    SearchResult.PriceStats price,
    String nextCursor,
    String didYouMean) {

  /**
   * One product in the result list.
   *
   * @param family family key, the same for all variants of one product
   * @param familySize variants of the family that match, when grouped by family; else 1
   */
  public record Hit(
      String code,
      String name,
      Maker maker,
      String category,
      long price,
      String thumbnailUrl,
      Map<String, List<String>> highlights,
      String family,
      long familySize) {}

  /** The maker of a hit, with the id to filter by and the name to show. */
  public record Maker(String id, String name) {}

  /** The answer for these parameters (their page and size). */
  public static SearchResponse of(SearchResult result, SearchParams params, CatalogView catalog) {
    List<Hit> hits =
        result.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.code(),
                        h.name(),
                        new Maker(h.makerId(), h.makerName()),
                        h.categoryId(),
                        h.price(),
                        MediaUrls.of(catalog.thumbnailPath(h.codeKey())),
                        h.highlights(),
                        h.family(),
                        h.familySize()))
            .toList();
    return new SearchResponse(
        result.total(),
        params.page(),
        params.size(),
        hits,
        facetsByName(result),
        result.price(),
        result.nextCursor(),
        result.didYouMean());
  }

  /** The facets under their API names ({@code category}, {@code maker}, ...), in result order. */
  private static Map<String, List<SearchResult.FacetValue>> facetsByName(SearchResult result) {
    Map<String, List<SearchResult.FacetValue>> byName = new LinkedHashMap<>();
    result.facets().forEach((facet, values) -> byName.put(facet.key(), values));
    return byName;
  }
}
