package kr.catalog.api.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.search.SearchQuery;

/**
 * Query parameters of {@code GET /api/search}, validated at the edge. Field names are the parameter
 * names, so refusals name what the client sent.
 */
public class SearchParams {
  /** Deepest page reachable by page number; deeper results go through the cursor. */
  public static final int MAX_PAGE = 100;

  /** Most hits per page. */
  public static final int MAX_SIZE = 100;

  @QueryParam("q")
  @Size(max = 200, message = "must be at most 200 characters")
  public String q;

  @QueryParam("category")
  @Size(max = 50, message = "at most 50 values")
  public List<@Size(max = 64) String> category;

  @QueryParam("maker")
  @Size(max = 50, message = "at most 50 values")
  public List<@Size(max = 64) String> maker;

  @QueryParam("origin")
  @Size(max = 50, message = "at most 50 values")
  public List<@Size(max = 8) String> origin;

  @QueryParam("brand")
  @Size(max = 50, message = "at most 50 values")
  public List<@Size(max = 64) String> brand;

  /** Store codes ({@code /api/locations}): products available now at one of them. */
  @QueryParam("store")
  @Size(max = 20, message = "at most 20 values")
  public List<
          @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be a store code such as SEONGSU")
          String>
      store;

  @QueryParam("flag")
  public List<
          @Pattern(
              // in_stock is what the flag facet answers, so a facet value works as its filter;
              // in-stock, the spelling this parameter first accepted, stays valid for saved rules.
              regexp = "new|discount|pb|in_stock|in-stock",
              message = "must be one of new, discount, pb, in_stock")
          String>
      flag;

  @QueryParam("priceMin")
  @Pattern(regexp = "[0-9]{1,15}", message = "must be a whole number of won, 0 or more")
  public String priceMin;

  @QueryParam("priceMax")
  @Pattern(regexp = "[0-9]{1,15}", message = "must be a whole number of won, 0 or more")
  public String priceMax;

  @QueryParam("sort")
  @DefaultValue("relevance")
  @Pattern(
      regexp = "relevance|price-asc|price-desc|newest",
      message = "must be one of relevance, price-asc, price-desc, newest")
  public String sort;

  // Numbers arrive as text and are checked here: a JAX-RS conversion failure of a query
  // parameter would answer 404 without naming the parameter.
  @QueryParam("page")
  @DefaultValue("1")
  @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number")
  @Min(value = 1, message = "must be 1 or more")
  @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE + "; use the cursor to go deeper")
  public String page;

  @QueryParam("size")
  @DefaultValue("20")
  @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number")
  @Min(value = 1, message = "must be 1 or more")
  @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
  public String size;

  @QueryParam("group")
  @Pattern(regexp = "family", message = "must be family (one hit per product family) or absent")
  public String group;

  /** Slugs of active collections the results must belong to (any of them); repeatable. */
  @QueryParam("collection")
  @Size(max = 20, message = "at most 20 values")
  public List<
          @Size(max = 64)
          @Pattern(
              regexp = "[a-z0-9]+(-[a-z0-9]+)*",
              message = "must be a collection slug (lower-case letters, digits and hyphens)")
          String>
      collection;

  /**
   * {@code true}: run the text exactly as typed, never a typo correction of it (the "search for
   * what I typed instead" link of a corrected answer, which then only offers {@code didYouMean}).
   */
  @QueryParam("exact")
  @Pattern(regexp = "true|false", message = "must be true or false")
  public String exact;

  @QueryParam("cursor")
  @Size(max = 512, message = "must be at most 512 characters")
  public String cursor;

  /** The backend query these parameters ask for; checks rules that span parameters. */
  public SearchQuery toQuery() {
    int page = page();
    int size = size();
    Long priceMin = this.priceMin == null ? null : Long.valueOf(this.priceMin);
    Long priceMax = this.priceMax == null ? null : Long.valueOf(this.priceMax);
    String cursor = blankToNull(this.cursor);
    if (cursor == null && (page - 1) * size + size > SearchQuery.Page.MAX_WINDOW) {
      throw new InvalidParameterException(
          "page",
          "page and size reach beyond the first "
              + SearchQuery.Page.MAX_WINDOW
              + " results; use the cursor to read further");
    }
    boolean grouped = group != null;
    if (grouped && cursor != null) {
      throw new InvalidParameterException(
          "cursor", "grouped results page by number, not by cursor");
    }
    if (priceMin != null && priceMax != null && priceMin > priceMax) {
      throw new InvalidParameterException("priceMin", "must not be greater than priceMax");
    }
    return new SearchQuery.Builder(q == null ? "" : q.strip())
        .categories(values(category))
        .makers(values(maker))
        .origins(values(origin))
        .brands(values(brand))
        .stores(values(store))
        .flags(
            values(flag).stream()
                .map(f -> SearchQuery.Flag.valueOf(f.replace('-', '_').toUpperCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet()))
        .priceMin(priceMin)
        .priceMax(priceMax)
        .sort(SearchQuery.Sort.valueOf(sort.replace('-', '_').toUpperCase(Locale.ROOT)))
        .page(
            cursor == null
                ? new SearchQuery.Page((page - 1) * size, size, null)
                : SearchQuery.Page.after(cursor, size))
        .groupFamilies(grouped)
        .exact("true".equals(exact))
        .build();
  }

  /**
   * The filters asked for, by parameter name, for the search log: lists, bounds, and the sort and
   * grouping when not the default. Absent ones are left out.
   */
  public Map<String, Set<String>> filters() {
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    put(filters, "category", values(category));
    put(filters, "maker", values(maker));
    put(filters, "origin", values(origin));
    put(filters, "brand", values(brand));
    put(filters, "store", values(store));
    put(filters, "flag", values(flag));
    put(filters, "collection", values(collection));
    put(filters, "priceMin", priceMin == null ? Set.of() : Set.of(priceMin));
    put(filters, "priceMax", priceMax == null ? Set.of() : Set.of(priceMax));
    put(filters, "sort", sort == null || "relevance".equals(sort) ? Set.of() : Set.of(sort));
    put(filters, "group", group == null ? Set.of() : Set.of(group));
    return filters;
  }

  private static void put(Map<String, Set<String>> filters, String name, Set<String> values) {
    if (!values.isEmpty()) {
      filters.put(name, values);
    }
  }

  /** The selected collection slugs. */
  public Set<String> collections() {
    return values(collection);
  }

  /** The 1-based page number, once validated. */
  public int page() {
    return Integer.parseInt(page);
  }

  /** Hits per page, once validated. */
  public int size() {
    return Integer.parseInt(size);
  }

  private static Set<String> values(List<String> raw) {
    if (raw == null) {
      return Set.of();
    }
    return raw.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
