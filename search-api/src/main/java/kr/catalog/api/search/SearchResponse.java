package kr.catalog.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.media.MediaUrls;
import kr.catalog.api.media.Picture;
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
 * @param didYouMean when nothing matched in an {@code exact=true} search: a corrected query that
 *     would find something, else null
 * @param query the text that ran: {@code q} as typed, or its typo correction when {@code
 *     correctedFrom} is set
 * @param correctedFrom {@code q} as typed when it found nothing or too little and its typo
 *     correction ({@code query}) ran instead; null otherwise. Repeat the search with {@code
 *     exact=true} to run {@code q} as typed
 */
public record SearchResponse(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<SearchResult.FacetValue>> facets,
    SearchResult.PriceStats price,
    String nextCursor,
    String didYouMean,
    String query,
    String correctedFrom) {

  /**
   * One product in the result list.
   *
   * @param family family key, the same for all variants of one product
   * @param familySize variants of the family that match, when grouped by family; else 1
   * @param picture the product's picture with {@code srcset} and pixel size, or null when it has
   *     none (then {@code thumbnailUrl} may still show its drawing or manual)
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
      long familySize,
      Picture picture) {}

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
                        h.familySize(),
                        Picture.of(catalog.picture(h.codeKey()))))
            .toList();
    return new SearchResponse(
        result.total(),
        params.page(),
        params.size(),
        hits,
        facetsByName(result),
        result.price(),
        result.nextCursor(),
        result.didYouMean(),
        result.query(),
        result.correctedFrom());
  }

  /** The facets under their API names ({@code category}, {@code maker}, ...), in result order. */
  private static Map<String, List<SearchResult.FacetValue>> facetsByName(SearchResult result) {
    Map<String, List<SearchResult.FacetValue>> byName = new LinkedHashMap<>();
    result.facets().forEach((facet, values) -> byName.put(facet.key(), values));
    return byName;
  }
}
