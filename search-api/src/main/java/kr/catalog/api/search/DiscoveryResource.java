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
import kr.catalog.model.Gtin;
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

  /**
   * A counsellor's lookup by any identifier of a product (catalog code, model number, supplier
   * code, barcode): exact first, then prefix, then infix; separators, spaces and case ignored. Each
   * hit names the identifier that matched ({@code matchedIdentifier}).
   *
   * <p>A barcode (all digits, 8, 12, 13 or 14 of them, as a scanner sends) is checked: with a wrong
   * check digit, and no product having exactly those digits as an identifier (a model number may be
   * all digits), the answer is 400 naming {@code q} and the check digit it should end with, rather
   * than a list of near misses a scanner's user would take for the product.
   */
  @GET
  @Path("lookup/code")
  @Operation(
      summary =
          "Look a product up by any identifier typed any way: catalog code, model number, supplier"
              + " code, barcode (GSB-13RE, gsb13re, 13RE, 8801234567893)")
  public List<LookupQuery.Hit> lookupCode(
      @QueryParam("q") @Size(max = 64) String q,
      @QueryParam("maker") @Size(max = 64) String maker,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    if ((q == null || q.isBlank()) && (maker == null || maker.isBlank())) {
      throw new kr.catalog.api.refusal.InvalidParameterException(
          "q", "a code or a maker is required");
    }
    List<LookupQuery.Hit> hits =
        backend.lookup(new LookupQuery(q, maker == null || maker.isBlank() ? null : maker, limit));
    String digits = q == null ? "" : Gtin.digits(q);
    if (Gtin.hasGtinShape(digits)
        && !Gtin.isValid(digits)
        && hits.stream().noneMatch(h -> h.match() == LookupQuery.Match.EXACT)) {
      throw new kr.catalog.api.refusal.InvalidParameterException(
          "q",
          "barcode "
              + digits
              + " has a wrong check digit: a GTIN-"
              + digits.length()
              + " beginning "
              + digits.substring(0, digits.length() - 1)
              + " ends in "
              + Gtin.expectedCheckDigit(digits));
    }
    return hits;
  }

  /**
   * Makers, within the other filters ({@code category}, {@code origin}, {@code collection}, ... as
   * in search, and {@code within} for the product query), with how many products each has there.
   * With {@code q}: the maker facet's type-to-filter, makers matching {@code q} (Korean, English,
   * alias, or initial consonants such as {@code ㅂㅅ}), best first. Without: the maker index, every
   * maker with products there, in 가나다 ({@code index=ko}) or ABC ({@code index=en}) order, paged,
   * one {@code initial} or all; {@code /api/makers/initials} gives the index's initials.
   */
  @GET
  @Path("makers")
  @Operation(
      summary =
          "Find makers by name, alias or Korean initial consonants, or browse the maker index"
              + " (without q), with product counts within the filters")
  public List<SearchResult.FacetValue> makers(
      @QueryParam("q") @Size(max = 50, message = "must be at most 50 characters") String q,
      @QueryParam("within") @Size(max = 200, message = "must be at most 200 characters")
          String within,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
      @Valid @BeanParam MakerIndexParams index,
      @Valid @BeanParam SearchParams context) {
    int page = context.page();
    SearchQuery query = context(within, context);
    if (q == null || q.isBlank()) {
      int from = (page - 1) * limit;
      List<MakerIndex.Entry> entries = makerIndex(index, query).entries(index.initial);
      return entries
          .subList(Math.min(from, entries.size()), Math.min(from + limit, entries.size()))
          .stream()
          .map(e -> new SearchResult.FacetValue(e.id(), e.name(), e.products()))
          .toList();
    }
    return backend.searchMakers(q.strip(), query, Math.min(limit, 100));
  }

  /** The maker index's initials (ㄱ to ㅎ then A to Z, or A to Z) with makers and products. */
  @GET
  @Path("makers/initials")
  @Operation(summary = "The initials of the maker index, with makers and products under each")
  public List<MakerIndex.Initial> makerInitials(
      @QueryParam("within") @Size(max = 200, message = "must be at most 200 characters")
          String within,
      @Valid @BeanParam MakerIndexParams index,
      @Valid @BeanParam SearchParams context) {
    return makerIndex(index, context(within, context)).initials();
  }

  private SearchQuery context(String within, SearchParams context) {
    // Maker lists page makers, not hits: the counts never depend on the search's page, and the
    // index's deep pages (1,118 makers) must not trip the search's paging window.
    context.page = "1";
    SearchQuery plain = context.toQuery().withText(within == null ? "" : within.strip());
    // The same curation as the search these counts sit beside: collection filter, hidden products.
    return plain.withCuration(searches.forSearch(plain, context.collections(), clock.instant()));
  }

  private MakerIndex makerIndex(MakerIndexParams index, SearchQuery query) {
    return MakerIndex.of(
        catalog.catalog().makers(),
        backend.makerCounts(query),
        "en".equals(index.index) ? MakerIndex.Script.EN : MakerIndex.Script.KO);
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
