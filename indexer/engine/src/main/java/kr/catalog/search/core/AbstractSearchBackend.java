package kr.catalog.search.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.search.Curation;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.search.Suggestions;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import kr.catalog.search.model.MakerDirectory;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetAssembler;
import kr.catalog.search.query.FilterSpec;
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
    if (query.groupFamilies() && query.page().cursor() != null) {
      throw new IllegalArgumentException("grouped results page by offset, not by cursor");
    }
    Cursor cursor =
        query.page().cursor() == null ? null : Cursor.decode(query.page().cursor(), query.sort());
    List<Curation.Merchandising.Pin> pins =
        query.sort() == SearchQuery.Sort.RELEVANCE
            ? orderedPins(query.curation().merchandising().pins())
            : List.of();
    int size = query.page().size();
    SearchPlan plan;
    RawResult raw;
    List<RawHit> page;
    String nextCursor = null;
    if (pins.isEmpty() || (cursor != null && cursor.pins() == null)) {
      // No pins; or a cursor of this search from before pins applied: no pin is left to place, and
      // the engine's search_after skips the pinned products (they score above every other hit).
      Cursor after = cursor == null || !cursor.hasLastHit() ? null : cursor.withoutPins();
      int offset = cursor == null ? query.page().offset() : 0;
      plan = plan(model, query, query.text(), after, offset, size + 1);
      raw = execute(model, plan);
      page = raw.hits().subList(0, Math.min(size, raw.hits().size()));
      // Grouped pages go by offset: a cursor would have to skip whole families.
      if (raw.hits().size() > size && size > 0 && !query.groupFamilies()) {
        nextCursor = cursorOf(query.sort(), raw.hits().get(size - 1)).encode();
      }
    } else {
      PinnedPage pinned = pinnedPage(model, query, cursor, pins);
      plan = pinned.plan();
      raw = pinned.raw();
      page = pinned.hits();
      nextCursor = pinned.nextCursor();
    }
    QueryPlanner planner = new QueryPlanner(model.analyzer());
    Set<String> terms = planner.highlightTerms(query.text());
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (RawHit h : page) {
      long familySize = query.groupFamilies() ? raw.familySizes().getOrDefault(h.family(), 1L) : 1L;
      hits.add(toHit(model, h, terms, familySize));
    }
    String didYouMean = null;
    if (raw.total() == 0 && !query.text().isBlank()) {
      didYouMean = correction(model, query);
    }
    FacetAssembler assembler = new FacetAssembler(model);
    return new SearchResult(
        raw.total(),
        hits,
        assembler.assemble(raw.counts(), plan.facets(), query.curation().collections()),
        PriceBands.stats(raw.priceMin(), raw.priceMax(), raw.priceBands()),
        nextCursor,
        didYouMean);
  }

  /** The pins in placing order (position, then code key), each product once at its first place. */
  private static List<Curation.Merchandising.Pin> orderedPins(
      List<Curation.Merchandising.Pin> pins) {
    Map<String, Curation.Merchandising.Pin> first = new HashMap<>();
    for (Curation.Merchandising.Pin p : pins) {
      first.merge(p.codeKey(), p, (a, b) -> a.position() <= b.position() ? a : b);
    }
    return first.values().stream()
        .sorted(
            Comparator.comparingInt(Curation.Merchandising.Pin::position)
                .thenComparing(Curation.Merchandising.Pin::codeKey))
        .toList();
  }

  /** One page of a relevance search with pins, and the plan and engine result it came from. */
  private record PinnedPage(SearchPlan plan, RawResult raw, List<RawHit> hits, String nextCursor) {}

  /**
   * A page of a relevance search with pins. The engine ranks the pinned products that pass the
   * filters first ({@link QueryPlanner#PIN_SCORE}); the organic hits follow in relevance order. The
   * whole list is the organic list with each pinned product placed at its 1-based position (at the
   * end when the list is shorter), in pin order: walking the list, a pin is due when its position
   * is reached or the organic hits have run out. A page by offset fetches the list from its start
   * (pins, then {@code offset + size + 1} organic hits); a page by cursor continues after the last
   * organic hit (search_after, which skips the pinned products) and places the pins not yet placed,
   * counted by the cursor's {@link Cursor.PinState}, from the position the cursor reached.
   */
  private PinnedPage pinnedPage(
      CatalogModel model, SearchQuery query, Cursor cursor, List<Curation.Merchandising.Pin> pins) {
    int size = query.page().size();
    Cursor.PinState state = cursor == null ? new Cursor.PinState(0, 0) : cursor.pins();
    Cursor after = cursor != null && cursor.hasLastHit() ? cursor.withoutPins() : null;
    int skip = cursor == null ? query.page().offset() : 0;
    int fetch = after == null ? skip + size + 1 + pins.size() : size + 1;
    SearchPlan plan = plan(model, query, query.text(), after, 0, fetch);
    RawResult raw = execute(model, plan);
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < pins.size(); i++) {
      order.put(pins.get(i).codeKey(), i);
    }
    List<RawHit> organic = new ArrayList<>();
    List<RawHit> passing = new ArrayList<>();
    for (RawHit h : raw.hits()) {
      (order.containsKey(h.codeKey()) ? passing : organic).add(h);
    }
    if (after != null) {
      // The pinned products are behind the cursor's search_after: ask which pass the filters.
      List<QueryNode> filter =
          new ArrayList<>(plan.filters().values().stream().map(FilterSpec::toNode).toList());
      filter.add(new QueryNode.AnyOf(Fields.CODE_KEY, order.keySet()));
      passing =
          new ArrayList<>(
              find(
                  model,
                  new QueryNode.Bool(List.of(plan.scoring()), List.of(), filter, List.of(), 0),
                  pins.size()));
    }
    passing.sort(Comparator.comparingInt(h -> order.get(h.codeKey())));
    List<RawHit> waiting =
        passing.subList(Math.min(state.pinned(), passing.size()), passing.size());
    List<RawHit> merged = new ArrayList<>();
    List<Boolean> isPin = new ArrayList<>();
    int pi = 0;
    int oi = 0;
    for (int at = state.placed(); merged.size() < skip + size + 1; at++) {
      boolean pinDue =
          pi < waiting.size()
              && (pins.get(order.get(waiting.get(pi).codeKey())).position() - 1 <= at
                  || oi >= organic.size());
      if (pinDue) {
        merged.add(waiting.get(pi++));
        isPin.add(true);
      } else if (oi < organic.size()) {
        merged.add(organic.get(oi++));
        isPin.add(false);
      } else {
        break;
      }
    }
    int end = Math.min(skip + size, merged.size());
    List<RawHit> hits = merged.subList(Math.min(skip, end), end);
    String nextCursor = null;
    if (merged.size() > skip + size && size > 0 && !query.groupFamilies()) {
      int pinnedNow = state.pinned();
      RawHit lastOrganic = null;
      for (int i = 0; i < end; i++) {
        if (isPin.get(i)) {
          pinnedNow++;
        } else {
          lastOrganic = merged.get(i);
        }
      }
      Cursor.PinState next = new Cursor.PinState(state.placed() + end, pinnedNow);
      Cursor position =
          lastOrganic != null
              ? cursorOf(query.sort(), lastOrganic)
              : after != null ? after : new Cursor(query.sort(), 0f, 0L, "");
      nextCursor =
          new Cursor(position.sort(), position.score(), position.value(), position.codeKey(), next)
              .encode();
    }
    return new PinnedPage(plan, raw, List.copyOf(hits), nextCursor);
  }

  private String correction(CatalogModel model, SearchQuery query) {
    String corrected = model.spelling().correct(query.text());
    if (corrected == null || corrected.equalsIgnoreCase(query.text().strip())) {
      return null;
    }
    // Pins would match without the text and factors change no count: the collections and hidden
    // products stay, as they decide what the corrected query finds.
    Curation.Merchandising m = query.curation().merchandising();
    SearchQuery retry =
        query.toBuilder()
            .text(corrected)
            .page(SearchQuery.Page.first(0))
            .groupFamilies(false)
            .curation(
                new Curation(
                    query.curation().collections(),
                    query.curation().selected(),
                    new Curation.Merchandising(List.of(), Map.of(), m.hidden())))
            .build();
    return execute(model, plan(model, retry, corrected, null, 0, 0)).total() > 0 ? corrected : null;
  }

  private SearchPlan plan(
      CatalogModel model, SearchQuery query, String text, Cursor after, int offset, int fetch) {
    QueryPlanner planner = new QueryPlanner(model.analyzer());
    return new SearchPlan(
        planner.scoring(text, query.curation(), query.sort()),
        planner.filters(query),
        query.sort(),
        after,
        offset,
        fetch,
        new FacetAssembler(model).requests(query, FACET_LIMIT),
        query.groupFamilies(),
        planner.collectionFacets(query.curation()));
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
        countValues(model, plan(model, context, context.text(), null, 0, 0), Dimension.MAKER, ids);
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
