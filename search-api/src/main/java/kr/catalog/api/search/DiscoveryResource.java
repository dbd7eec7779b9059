package kr.catalog.api.search;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.model.Category;
import kr.catalog.search.Facet;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.search.Suggestions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Finding things other than by full search: autocomplete, counsellors' code lookup, the maker
 * facet's type-to-filter, and the category tree with counts.
 */
@Path("/api")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {

  @Inject SearchBackend backend;
  @Inject CatalogView catalog;
  @Inject CuratedSearch searches;
  @Inject java.time.Clock clock;

  /** Autocomplete while typing: products, makers, categories. */
  @GET
  @Path("suggest")
  @Operation(summary = "Autocomplete: products, makers and categories for what was typed")
  public Suggestions suggest(
      @QueryParam("q") @NotBlank(message = "is required") @Size(max = 100) String q,
      @QueryParam("limit") @DefaultValue("8") @Min(1) @Max(20) int limit) {
    return backend.suggest(q.strip(), limit);
  }

  /** A counsellor's code lookup: exact first, then prefix, then infix; separators ignored. */
  @GET
  @Path("lookup/code")
  @Operation(summary = "Look a product up by its code typed any way (GSB-13RE, gsb13re, 13RE)")
  public List<LookupQuery.Hit> lookupCode(
      @QueryParam("q") @Size(max = 64) String q,
      @QueryParam("maker") @Size(max = 64) String maker,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    if ((q == null || q.isBlank()) && (maker == null || maker.isBlank())) {
      throw new kr.catalog.api.refusal.InvalidParameterException(
          "q", "a code or a maker is required");
    }
    return backend.lookup(
        new LookupQuery(q, maker == null || maker.isBlank() ? null : maker, limit));
  }

  /**
   * The maker facet's type-to-filter: makers matching {@code q} (Korean, English, alias, or initial
   * consonants such as {@code ㅂㅅ}), with how many products each has within the other filters
   * ({@code category}, {@code origin}, {@code collection}, ... as in search, and {@code within} for
   * the product query).
   */
  @GET
  @Path("makers")
  @Operation(summary = "Find makers by name, alias or Korean initial consonants, with counts")
  public List<SearchResult.FacetValue> makers(
      @QueryParam("q") @Size(max = 50, message = "must be at most 50 characters") String q,
      @QueryParam("within") @Size(max = 200, message = "must be at most 200 characters")
          String within,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @Valid @BeanParam SearchParams context) {
    SearchQuery plain = context.toQuery().withText(within == null ? "" : within.strip());
    // The same curation as the search these counts sit beside: collection filter, hidden products.
    SearchQuery query =
        plain.withCuration(searches.forSearch(plain, context.collections(), clock.instant()));
    return backend.searchMakers(q == null ? "" : q.strip(), query, limit);
  }

  /** The category tree with product counts (all searchable products). */
  @GET
  @Path("categories")
  @Operation(summary = "The category tree with product counts")
  public List<CategoryNode> categories() {
    SearchResult all =
        backend.search(new SearchQuery.Builder("").page(SearchQuery.Page.first(0)).build());
    Map<String, Long> counts = new HashMap<>();
    all.facet(Facet.CATEGORY).forEach(v -> counts.put(v.value(), v.count()));
    Map<String, List<Category>> children = new HashMap<>();
    List<Category> tops = new ArrayList<>();
    for (Category c : catalog.categories()) {
      if (c.isTop()) {
        tops.add(c);
      } else {
        children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
      }
    }
    return tops.stream().map(c -> CategoryNode.of(c, children, counts)).toList();
  }

  /**
   * One node of the category tree.
   *
   * @param id category id, the value of the {@code category} search filter
   * @param name Korean name
   * @param nameEn English name
   * @param count searchable products in it and below it
   * @param children sub-categories
   */
  public record CategoryNode(
      String id, String name, String nameEn, long count, List<CategoryNode> children) {
    static CategoryNode of(
        Category c, Map<String, List<Category>> children, Map<String, Long> counts) {
      return new CategoryNode(
          c.id(),
          c.nameKo(),
          c.nameEn(),
          counts.getOrDefault(c.id(), 0L),
          children.getOrDefault(c.id(), List.of()).stream()
              .map(child -> of(child, children, counts))
              .toList());
    }
  }
}
