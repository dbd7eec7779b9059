package kr.catalog.search.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.ingest.Catalog;
import kr.catalog.ingest.Category;
import kr.catalog.ingest.Maker;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.search.Suggestions;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import kr.catalog.search.model.MakerDirectory;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetAssembler;
import kr.catalog.search.query.PriceBands;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;
import kr.catalog.search.relevance.Highlighter;

/**
 * The rules both backends share; a backend supplies indexing and execution of plans. Keeping the
 * rules here is what makes the contract suite pass on both with exactly the same expectations.
 */
public abstract class AbstractSearchBackend implements SearchBackend {

  /** How many values the maker, origin and brand facets list (selected values come on top). */
  public static final int FACET_LIMIT = 30;

  /** The current catalog's model, or null before the first catalog. */
  protected abstract CatalogModel currentModel();

  /**
   * Indexes these documents as the new catalog and makes it, with its model, visible atomically.
   */
  protected abstract void publish(CatalogModel model, List<IndexedProduct> documents);

  /** Executes a search plan on the index of {@code model}. */
  protected abstract RawResult execute(CatalogModel model, SearchPlan plan);

  /**
   * Top hits of a query without facets, by score then code key; discontinued products are returned
   * when the query does not exclude them.
   */
  protected abstract List<RawHit> find(CatalogModel model, QueryNode query, int limit);

  /**
   * Counts of the given values of one keyword dimension among the matches of {@code plan}, ignoring
   * that dimension's own filter (as its facet does).
   */
  protected abstract Map<String, Long> countValues(
      CatalogModel model, SearchPlan plan, Dimension dimension, Set<String> values);

  @Override
  public void replaceCatalog(Catalog catalog, ProductSignals signals) {
    CatalogModel model = CatalogModel.of(catalog);
    DocumentBuilder builder = new DocumentBuilder(model, catalog, signals);
    // Analysis dominates build time and is independent per product.
    List<IndexedProduct> documents =
        catalog.products().parallelStream().map(builder::build).toList();
    publish(model, documents);
  }

  @Override
  public SearchResult search(SearchQuery query) {
    CatalogModel model = currentModel();
    if (model == null) {
      return emptyResult();
    }
    SearchPlan plan = plan(model, query, query.text(), query.page().size() + 1);
    RawResult raw = execute(model, plan);
    QueryPlanner planner = new QueryPlanner(model.analyzer());
    Set<String> terms = planner.highlightTerms(query.text());
    List<SearchResult.Hit> hits = new ArrayList<>();
    int size = query.page().size();
    for (int i = 0; i < raw.hits().size() && i < size; i++) {
      RawHit h = raw.hits().get(i);
      long familySize = query.groupFamilies() ? raw.familySizes().getOrDefault(h.family(), 1L) : 1L;
      hits.add(toHit(model, h, terms, familySize));
    }
    String nextCursor = null;
    // Grouped pages go by offset: a cursor would have to skip whole families.
    if (raw.hits().size() > size && size > 0 && !query.groupFamilies()) {
      nextCursor = cursorOf(query.sort(), raw.hits().get(size - 1)).encode();
    }
    String didYouMean = null;
    if (raw.total() == 0 && !query.text().isBlank()) {
      didYouMean = correction(model, query);
    }
    FacetAssembler assembler = new FacetAssembler(model);
    return new SearchResult(
        raw.total(),
        hits,
        assembler.assemble(raw.counts(), plan.selected(), FACET_LIMIT),
        PriceBands.stats(raw.priceMin(), raw.priceMax(), raw.priceBands()),
        nextCursor,
        didYouMean);
  }

  private String correction(CatalogModel model, SearchQuery query) {
    String corrected = model.spelling().correct(query.text());
    if (corrected == null || corrected.equalsIgnoreCase(query.text().strip())) {
      return null;
    }
    SearchQuery retry =
        new SearchQuery(
            corrected,
            query.categories(),
            query.makers(),
            query.origins(),
            query.brands(),
            query.flags(),
            query.priceMin(),
            query.priceMax(),
            query.sort(),
            SearchQuery.Page.first(0),
            false);
    return execute(model, plan(model, retry, corrected, 0)).total() > 0 ? corrected : null;
  }

  private SearchPlan plan(CatalogModel model, SearchQuery query, String text, int fetch) {
    QueryPlanner planner = new QueryPlanner(model.analyzer());
    if (query.groupFamilies() && query.page().cursor() != null) {
      throw new IllegalArgumentException("grouped results page by offset, not by cursor");
    }
    Cursor after =
        query.page().cursor() == null ? null : Cursor.decode(query.page().cursor(), query.sort());
    int offset = after == null ? query.page().offset() : 0;
    return new SearchPlan(
        planner.scoring(text),
        QueryPlanner.filters(query),
        query.sort(),
        after,
        offset,
        fetch,
        FACET_LIMIT,
        FacetAssembler.selected(query),
        query.groupFamilies());
  }

  private static Cursor cursorOf(SearchQuery.Sort sort, RawHit h) {
    return switch (sort) {
      case RELEVANCE -> new Cursor(sort, h.score(), 0L, h.codeKey());
      case PRICE_ASC, PRICE_DESC -> new Cursor(sort, 0f, h.price(), h.codeKey());
      case NEWEST -> new Cursor(sort, 0f, h.released(), h.codeKey());
    };
  }

  private static SearchResult.Hit toHit(
      CatalogModel model, RawHit h, Set<String> terms, long familySize) {
    Maker maker = model.maker(h.makerId());
    String name = h.nameKo().isBlank() ? h.nameEn() : h.nameKo();
    Map<String, List<String>> highlights = Map.of();
    String highlighted = Highlighter.highlight(model.analyzer(), name, terms);
    if (highlighted != null) {
      highlights = Map.of("name", List.of(highlighted));
    }
    return new SearchResult.Hit(
        h.code(),
        h.codeKey(),
        name,
        h.makerId(),
        maker == null ? h.makerId() : maker.nameKo(),
        h.categoryId(),
        h.price(),
        h.score(),
        highlights,
        h.family(),
        familySize,
        h.discontinued());
  }

  @Override
  public List<LookupQuery.Hit> lookup(LookupQuery query) {
    CatalogModel model = currentModel();
    if (model == null) {
      return List.of();
    }
    String key = CodeForms.normalize(query.code());
    List<LookupQuery.Hit> hits = new ArrayList<>();
    for (RawHit h : find(model, QueryPlanner.lookup(query), query.limit())) {
      LookupQuery.Match match =
          key.isEmpty()
              ? LookupQuery.Match.MAKER
              : h.codeKey().equals(key)
                  ? LookupQuery.Match.EXACT
                  : h.codeKey().startsWith(key)
                      ? LookupQuery.Match.PREFIX
                      : LookupQuery.Match.INFIX;
      hits.add(new LookupQuery.Hit(toHit(model, h, Set.of(), 1L), match));
    }
    return hits;
  }

  @Override
  public Suggestions suggest(String typed, int limit) {
    CatalogModel model = currentModel();
    if (model == null || typed == null || typed.isBlank()) {
      return new Suggestions(List.of(), List.of(), List.of());
    }
    QueryPlanner planner = new QueryPlanner(model.analyzer());
    List<SearchResult.Hit> products = new ArrayList<>();
    for (RawHit h : find(model, planner.suggest(typed), limit)) {
      products.add(toHit(model, h, Set.of(), 1L));
    }
    List<SearchResult.FacetValue> makers = new ArrayList<>();
    for (MakerDirectory.MakerMatch m : model.makerDirectory().match(typed, limit)) {
      makers.add(new SearchResult.FacetValue(m.maker().id(), m.maker().nameKo(), m.products()));
    }
    List<SearchResult.FacetValue> categories = new ArrayList<>();
    for (Category c : model.categoryDirectory().match(typed, limit)) {
      categories.add(new SearchResult.FacetValue(c.id(), c.nameKo(), 0));
    }
    return new Suggestions(products, makers, categories);
  }

  @Override
  public List<SearchResult.FacetValue> searchMakers(String typed, SearchQuery context, int limit) {
    CatalogModel model = currentModel();
    if (model == null) {
      return List.of();
    }
    List<MakerDirectory.MakerMatch> matches =
        model.makerDirectory().match(typed, Integer.MAX_VALUE);
    if (matches.isEmpty()) {
      return List.of();
    }
    Set<String> ids = Set.copyOf(matches.stream().map(m -> m.maker().id()).toList());
    Map<String, Long> counts =
        countValues(model, plan(model, context, context.text(), 0), Dimension.MAKER, ids);
    List<SearchResult.FacetValue> withProducts = new ArrayList<>();
    List<SearchResult.FacetValue> without = new ArrayList<>();
    for (MakerDirectory.MakerMatch m : matches) {
      long count = counts.getOrDefault(m.maker().id(), 0L);
      SearchResult.FacetValue value =
          new SearchResult.FacetValue(m.maker().id(), m.maker().nameKo(), count);
      (count > 0 ? withProducts : without).add(value);
    }
    withProducts.addAll(without);
    return List.copyOf(withProducts.subList(0, Math.min(limit, withProducts.size())));
  }

  private static SearchResult emptyResult() {
    return new SearchResult(
        0, List.of(), Map.of(), new SearchResult.PriceStats(null, null, List.of()), null, null);
  }
}
