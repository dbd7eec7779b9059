package kr.catalog.api.marketing;

import java.util.List;
import kr.catalog.api.search.SearchParams;
import kr.catalog.search.SearchQuery;

/**
 * The rule of a rule-based collection: a search whose matches belong to the collection, with the
 * same parameters (and the same checks) as {@code GET /api/search}. Stored as JSON.
 *
 * @param q free text, may be blank
 * @param category category ids (a product matches one of them or a descendant)
 * @param maker maker ids
 * @param origin origin country codes
 * @param brand brand names
 * @param flag new, discount, pb, in-stock
 * @param priceMin inclusive lower price bound in KRW
 * @param priceMax inclusive upper price bound in KRW
 */
public record SavedSearch(
    String q,
    List<String> category,
    List<String> maker,
    List<String> origin,
    List<String> brand,
    List<String> flag,
    Long priceMin,
    Long priceMax) {

  public SavedSearch {
    category = category == null ? List.of() : List.copyOf(category);
    maker = maker == null ? List.of() : List.copyOf(maker);
    origin = origin == null ? List.of() : List.copyOf(origin);
    brand = brand == null ? List.of() : List.copyOf(brand);
    flag = flag == null ? List.of() : List.copyOf(flag);
  }

  /** Whether it restricts nothing (it would match the whole catalog). */
  public boolean matchesEverything() {
    return (q == null || q.isBlank())
        && category.isEmpty()
        && maker.isEmpty()
        && origin.isEmpty()
        && brand.isEmpty()
        && flag.isEmpty()
        && priceMin == null
        && priceMax == null;
  }

  /** These parameters as {@code /api/search} would receive them (not validated yet). */
  public SearchParams toParams() {
    SearchParams p = new SearchParams();
    p.q = q;
    p.category = category;
    p.maker = maker;
    p.origin = origin;
    p.brand = brand;
    p.flag = flag;
    p.priceMin = priceMin == null ? null : Long.toString(priceMin);
    p.priceMax = priceMax == null ? null : Long.toString(priceMax);
    p.sort = "relevance";
    p.page = "1";
    p.size = "20";
    return p;
  }

  /** The backend query of this saved search (validated beforehand by the service). */
  public SearchQuery toQuery() {
    return toParams().toQuery();
  }
}
