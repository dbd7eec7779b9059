package kr.catalog.search.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.CatalogChanges;
import kr.catalog.search.Curation;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.search.Suggestions;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.correction.QueryCorrector;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IdentifierTerms;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import kr.catalog.search.model.MakerDirectory;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetAssembler;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.IdentifierMatch;
import kr.catalog.search.query.PriceBands;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;
import kr.catalog.search.relevance.Highlighter;
import kr.catalog.search.vocabulary.Vocabulary;

/**
 * The rules both backends share; a backend supplies indexing and execution of plans. Keeping the
 * rules here is what makes the contract suite pass on both with exactly the same expectations.
 *
 * <p>Live signals: {@link #updateSignals} rebuilds the named products' documents from the catalog
 * the live index was built from (kept here, see {@link Source}) and hands them to the backend's
 * {@link #update}. One lock orders publishing and updating: an update never runs while a replace
 * publishes, and never targets an index that is being replaced. Every update received is also kept
 * (latest per product, with a sequence number) until a replace has it in its index: a replace
 * builds its documents with them winning over the signals it was given, and after publishing
 * applies those received since it began (they went to the previous index), then forgets those
 * received before it began. So an update is neither lost nor applied to a stale generation.
 */
public abstract class AbstractSearchBackend implements SearchBackend {

  /** How many values the maker, origin and brand facets list (selected values come on top). */
  public static final int FACET_LIMIT = 30;

  /**
   * The catalog behind the live index, to rebuild documents from.
   *
   * @param model the model the live index was published with (the backend's {@link #currentModel})
   * @param builder the catalog's document builder (its signals are replaced per update)
   * @param products the catalog's products by code key
   */
  private record Source(
      CatalogModel model, DocumentBuilder builder, Map<String, Product> products) {}

  /** A signal received by {@link #updateSignals} and the order it came in. */
  private record Received(ProductSignals.Signal signal, long sequence) {}

  /** Held while publishing a catalog or applying an update. */
  private final ReentrantLock indexLock = new ReentrantLock();

  /** Signals received and not yet built into a replace; sequence and entries under its monitor. */
  private final Map<String, Received> received = new ConcurrentHashMap<>();

  private long receivedSequence;
  private volatile Source source;

  /** The trade's vocabulary searches expand with; swapped whole, read once per search. */
  private volatile Vocabulary vocabulary = Vocabulary.EMPTY;

  @Override
  public void useVocabulary(Vocabulary vocabulary) {
    this.vocabulary = vocabulary == null ? Vocabulary.EMPTY : vocabulary;
  }

  @Override
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The planner of one request: this catalog's analysis and the vocabulary of the moment. */
  private QueryPlanner planner(CatalogModel model) {
    return new QueryPlanner(model.analyzer(), vocabulary, model::usesWord);
  }

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

  /**
   * Replaces these documents (products already in the index, by code key) in the index published
   * with {@code model}, visible to searches when this returns. Called under the index lock, so no
   * publish runs meanwhile.
   *
   * @throws IllegalStateException when the live index is not the one of {@code model}
   */
  protected abstract void update(CatalogModel model, List<IndexedProduct> documents);

  @Override
  public void replaceCatalog(Catalog catalog, ProductSignals signals) {
    long since;
    Map<String, ProductSignals.Signal> merged = new HashMap<>(signals.byCodeKey());
    synchronized (received) {
      since = receivedSequence;
      // Received signals win: the caller may have computed its signals before they arrived.
      received.forEach((key, r) -> merged.put(key, r.signal()));
    }
    CatalogModel model = CatalogModel.of(catalog);
    DocumentBuilder builder = new DocumentBuilder(model, catalog, new ProductSignals(merged));
    // Analysis dominates build time and is independent per product.
    List<IndexedProduct> documents =
        catalog.products().parallelStream().map(builder::build).toList();
    indexLock.lock();
    try {
      publish(model, documents);
      Source published = new Source(model, builder, byCodeKey(catalog));
      source = published;
      // Updates applied to the previous index while this one was built.
      Map<String, ProductSignals.Signal> later = new HashMap<>();
      synchronized (received) {
        received.forEach(
            (key, r) -> {
              if (r.sequence() > since) {
                later.put(key, r.signal());
              }
            });
        received.values().removeIf(r -> r.sequence() <= since);
      }
      apply(published, later);
    } finally {
      indexLock.unlock();
    }
  }

  @Override
  public void updateSignals(ProductSignals changed) {
    if (changed.byCodeKey().isEmpty()) {
      return;
    }
    synchronized (received) {
      long sequence = ++receivedSequence;
      changed
          .byCodeKey()
          .forEach((key, signal) -> received.put(key, new Received(signal, sequence)));
    }
    indexLock.lock();
    try {
      Source live = source;
      // Without a catalog (none indexed or attached yet) the received signals wait for one.
      if (live != null) {
        apply(live, changed.byCodeKey());
      }
    } finally {
      indexLock.unlock();
    }
  }

  /**
   * Writes a partial publication into the live index of {@code live}: replaces or adds {@code
   * documents}, deletes {@code removed} (code keys), makes both visible and durable, and from then
   * on serves {@code model} as the live build's model (persisted with the index, so a restart
   * reopens the new version). Called under the index lock.
   *
   * @throws IllegalStateException when the live index is not the one of {@code live}
   */
  protected abstract void publishChanges(
      CatalogModel live, CatalogModel model, List<IndexedProduct> documents, Set<String> removed);

  /**
   * Looks again at which build the index serves, when other processes may publish into it (an index
   * shared by several API instances). Nothing to do for an index of this process alone.
   */
  protected void reloadCurrent() {}

  @Override
  public void applyChanges(Catalog catalog, CatalogChanges changes, ProductSignals signals) {
    CatalogModel before = currentModel();
    requireServing(before, changes.fromVersion());
    // The model costs seconds on a full catalog: built before taking the lock that updates wait on.
    CatalogModel model = CatalogModel.of(catalog, before.snapshot().dictionary());
    Map<String, ProductSignals.Signal> merged = new HashMap<>(signals.byCodeKey());
    indexLock.lock();
    try {
      CatalogModel live = currentModel();
      requireServing(live, changes.fromVersion());
      synchronized (received) {
        // Received signals win, as in a replace; they stay received (they are already applied).
        received.forEach((key, r) -> merged.put(key, r.signal()));
      }
      DocumentBuilder builder = new DocumentBuilder(model, catalog, new ProductSignals(merged));
      Map<String, Product> products = byCodeKey(catalog);
      List<IndexedProduct> documents =
          changes.upserted().parallelStream()
              .map(products::get)
              .filter(p -> p != null)
              .map(builder::build)
              .toList();
      publishChanges(live, model, documents, changes.removed());
      source = new Source(model, builder, products);
    } finally {
      indexLock.unlock();
    }
  }

  private static void requireServing(CatalogModel live, String version) {
    if (live == null || !live.version().equals(version)) {
      throw new IllegalStateException(
          "changes apply to catalog "
              + version
              + " but the index serves "
              + (live == null ? "none" : live.version()));
    }
  }

  @Override
  public void attachCatalog(Catalog catalog) {
    indexLock.lock();
    try {
      CatalogModel model = currentModel();
      if (model != null && !model.version().equals(catalog.version())) {
        // Another instance may have published into a shared index since we last looked.
        reloadCurrent();
        model = currentModel();
      }
      if (model == null || !model.version().equals(catalog.version())) {
        throw new IllegalArgumentException(
            "the index holds catalog "
                + (model == null ? "none" : model.version())
                + ", not "
                + catalog.version());
      }
      Source attached =
          new Source(
              model, new DocumentBuilder(model, catalog, ProductSignals.NONE), byCodeKey(catalog));
      source = attached;
      Map<String, ProductSignals.Signal> waiting = new HashMap<>();
      synchronized (received) {
        received.forEach((key, r) -> waiting.put(key, r.signal()));
      }
      apply(attached, waiting);
    } finally {
      indexLock.unlock();
    }
  }

  /** Rebuilds the documents of these products with these signals and updates them in the index. */
  private void apply(Source live, Map<String, ProductSignals.Signal> signals) {
    if (signals.isEmpty()) {
      return;
    }
    DocumentBuilder builder = live.builder().withSignals(new ProductSignals(signals));
    List<IndexedProduct> documents =
        signals.keySet().parallelStream()
            .map(live.products()::get)
            .filter(p -> p != null)
            .map(builder::build)
            .toList();
    if (!documents.isEmpty()) {
      update(live.model(), documents);
    }
  }

  private static Map<String, Product> byCodeKey(Catalog catalog) {
    // The key the documents are indexed under (DocumentBuilder derives a missing one the same way).
    return catalog.products().stream()
        .collect(
            Collectors.toMap(
                p ->
                    p.codeKey() == null || p.codeKey().isBlank()
                        ? CodeForms.normalize(p.code())
                        : p.codeKey(),
                Function.identity(),
                (a, b) -> a));
  }

  /**
   * A search whose typed text finds fewer products than this may run its typo correction instead
   * (with the typed text's own hits kept first): one or two hits for a word the catalog does not
   * know are more often a typo matching by accident (a manual's passing word) than what was meant.
   */
  public static final int CORRECT_BELOW_HITS = 3;

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
    TextMatch typed = TextMatch.asTyped(query.text());
    SearchResult exact = run(model, query, cursor, typed);
    if (query.text().isBlank()) {
      return exact;
    }
    if (query.exact()) {
      return exact.total() > 0 ? exact : withDidYouMean(exact, didYouMean(model, query));
    }
    TextMatch corrected = correction(model, query, exact.total());
    if (corrected == null) {
      return exact;
    }
    SearchResult fuzzy = run(model, query, cursor, corrected);
    // A correction that finds nothing more than the typed text is no help: the typed answer stays.
    return fuzzy.total() > exact.total() ? fuzzy : exact;
  }

  /**
   * The text a search runs: as typed, or a typo correction of it.
   *
   * @param typed the text as typed
   * @param ran the text that runs (equal to {@code typed} when not corrected)
   * @param corrected whether {@code ran} is a correction
   * @param typedFirst whether the typed text's own hits are kept, ranked above the corrected ones
   */
  private record TextMatch(String typed, String ran, boolean corrected, boolean typedFirst) {
    static TextMatch asTyped(String text) {
      return new TextMatch(text, text, false, false);
    }
  }

  /**
   * The typo correction to run instead of the typed text, or null. It runs when the corrector
   * proposes one (a word the catalog does not know has a close catalog word) and the typed text
   * finds nothing, or finds products only through its other words (a corrected word is in no
   * product: the hits match only part of the query), or finds fewer than {@link
   * #CORRECT_BELOW_HITS} (then its own hits are kept first).
   */
  private TextMatch correction(CatalogModel model, SearchQuery query, long typedTotal) {
    QueryCorrector.Proposal proposal = model.corrector().propose(query.text());
    if (proposal == null) {
      return null;
    }
    if (typedTotal == 0) {
      return new TextMatch(query.text(), proposal.text(), true, false);
    }
    if (typedTotal >= CORRECT_BELOW_HITS && query.text().strip().split("\\s+").length <= 2) {
      // Up to two words are all required: each one matched in the typed text's hits.
      return null;
    }
    // With the vocabulary: a shop-floor word the catalog never prints still finds its products.
    QueryPlanner planner = planner(model);
    for (String word : proposal.typedWords()) {
      if (find(model, planner.scoring(word), 1).isEmpty()) {
        return new TextMatch(query.text(), proposal.text(), true, false);
      }
    }
    if (typedTotal < CORRECT_BELOW_HITS) {
      return new TextMatch(query.text(), proposal.text(), true, true);
    }
    return null;
  }

  private static SearchResult withDidYouMean(SearchResult r, String didYouMean) {
    return new SearchResult(
        r.total(), r.hits(), r.facets(), r.price(), r.nextCursor(), didYouMean, r.query(), null);
  }

  /** One search of this text: the page of hits with facets and price statistics. */
  private SearchResult run(CatalogModel model, SearchQuery query, Cursor cursor, TextMatch text) {
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
      plan = plan(model, query, text, after, offset, size + 1);
      raw = execute(model, plan);
      page = raw.hits().subList(0, Math.min(size, raw.hits().size()));
      // Grouped pages go by offset: a cursor would have to skip whole families.
      if (raw.hits().size() > size && size > 0 && !query.groupFamilies()) {
        nextCursor = cursorOf(query.sort(), raw.hits().get(size - 1)).encode();
      }
    } else {
      PinnedPage pinned = pinnedPage(model, query, text, cursor, pins);
      plan = pinned.plan();
      raw = pinned.raw();
      page = pinned.hits();
      nextCursor = pinned.nextCursor();
    }
    QueryPlanner planner = planner(model);
    Set<String> terms = new LinkedHashSet<>(planner.highlightTerms(text.ran()));
    if (text.typedFirst()) {
      terms.addAll(planner.highlightTerms(text.typed()));
    }
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (RawHit h : page) {
      long familySize = query.groupFamilies() ? raw.familySizes().getOrDefault(h.family(), 1L) : 1L;
      hits.add(toHit(model, h, terms, familySize));
    }
    FacetAssembler assembler = new FacetAssembler(model);
    return new SearchResult(
        raw.total(),
        hits,
        assembler.assemble(raw.counts(), plan.facets(), query.curation().collections()),
        PriceBands.stats(raw.priceMin(), raw.priceMax(), raw.priceBands()),
        nextCursor,
        null,
        text.ran(),
        text.corrected() ? text.typed() : null);
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
      CatalogModel model,
      SearchQuery query,
      TextMatch text,
      Cursor cursor,
      List<Curation.Merchandising.Pin> pins) {
    int size = query.page().size();
    Cursor.PinState state = cursor == null ? new Cursor.PinState(0, 0) : cursor.pins();
    Cursor after = cursor != null && cursor.hasLastHit() ? cursor.withoutPins() : null;
    int skip = cursor == null ? query.page().offset() : 0;
    int fetch = after == null ? skip + size + 1 + pins.size() : size + 1;
    SearchPlan plan = plan(model, query, text, after, 0, fetch);
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

  /**
   * For an exact search that found nothing: the typo correction of its text when that would find
   * something, else null.
   */
  private String didYouMean(CatalogModel model, SearchQuery query) {
    QueryCorrector.Proposal proposal = model.corrector().propose(query.text());
    if (proposal == null) {
      return null;
    }
    // Pins would match without the text and factors change no count: the collections and hidden
    // products stay, as they decide what the corrected query finds.
    Curation.Merchandising m = query.curation().merchandising();
    SearchQuery retry =
        query.toBuilder()
            .text(proposal.text())
            .page(SearchQuery.Page.first(0))
            .groupFamilies(false)
            .curation(
                new Curation(
                    query.curation().collections(),
                    query.curation().selected(),
                    new Curation.Merchandising(List.of(), Map.of(), m.hidden())))
            .build();
    SearchPlan plan = plan(model, retry, TextMatch.asTyped(proposal.text()), null, 0, 0);
    return execute(model, plan).total() > 0 ? proposal.text() : null;
  }

  private SearchPlan plan(
      CatalogModel model, SearchQuery query, TextMatch text, Cursor after, int offset, int fetch) {
    QueryPlanner planner = planner(model);
    QueryNode scoring =
        text.corrected()
            ? planner.correctedScoring(
                text.typed(), text.ran(), text.typedFirst(), query.curation(), query.sort())
            : planner.scoring(text.ran(), query.curation(), query.sort());
    return new SearchPlan(
        scoring,
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
      SearchResult.Hit product = toHit(model, h, Set.of(), 1L);
      if (key.isEmpty()) {
        hits.add(new LookupQuery.Hit(product, LookupQuery.Match.MAKER));
      } else {
        IdentifierMatch.Matched m =
            IdentifierMatch.best(
                key, h.code(), h.codeKey(), IdentifierTerms.parse(h.identifiers()));
        hits.add(new LookupQuery.Hit(product, m.match(), m.identifier()));
      }
    }
    return hits;
  }

  @Override
  public Suggestions suggest(String typed, int limit) {
    CatalogModel model = currentModel();
    if (model == null || typed == null || typed.isBlank()) {
      return new Suggestions(List.of(), List.of(), List.of());
    }
    QueryPlanner planner = planner(model);
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
        countValues(
            model,
            plan(model, context, TextMatch.asTyped(context.text()), null, 0, 0),
            Dimension.MAKER,
            ids);
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

  @Override
  public Map<String, Long> makerCounts(SearchQuery context) {
    CatalogModel model = currentModel();
    if (model == null) {
      return Map.of();
    }
    Set<String> ids = model.makerIds();
    Map<String, Long> counts =
        countValues(
            model,
            plan(model, context, TextMatch.asTyped(context.text()), null, 0, 0),
            Dimension.MAKER,
            ids);
    Map<String, Long> all = new LinkedHashMap<>();
    ids.forEach(id -> all.put(id, counts.getOrDefault(id, 0L)));
    return Collections.unmodifiableMap(all);
  }

  private static SearchResult emptyResult() {
    return new SearchResult(
        0,
        List.of(),
        Map.of(),
        new SearchResult.PriceStats(null, null, List.of()),
        null,
        null,
        "",
        null);
  }
}
