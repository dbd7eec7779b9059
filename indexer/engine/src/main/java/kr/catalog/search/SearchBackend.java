package kr.catalog.search;

import java.util.List;
import java.util.Map;
import kr.catalog.model.Catalog;
import kr.catalog.search.vocabulary.Vocabulary;

/**
 * The port every search adapter implements: the embedded Lucene index (the default) and the
 * replicated Elasticsearch index. Both receive documents analysed by the same Java analysis chain
 * and translate the same query trees, so that one contract test suite holds for both.
 *
 * <p>Implementations are thread-safe: searches run concurrently with each other, with {@link
 * #replaceCatalog} and with {@link #updateSignals}.
 */
public interface SearchBackend extends AutoCloseable {

  /** Short name for logs, health and metrics: {@code lucene} or {@code elasticsearch}. */
  String name();

  /**
   * Whether every API instance searches the same index (Elasticsearch), so that one instance
   * publishes a catalog version into it and the others only follow ({@link #attachCatalog}); an
   * embedded index (Lucene) belongs to its instance, which applies every version itself.
   */
  default boolean sharedByInstances() {
    return false;
  }

  /**
   * Replaces the searchable catalog with this one, without stock or discount signals. Readers keep
   * seeing the previous catalog until the new one is complete (Elasticsearch: new index, then
   * atomic alias switch).
   */
  default void replaceCatalog(Catalog catalog) {
    replaceCatalog(catalog, ProductSignals.NONE);
  }

  /**
   * Replaces the searchable catalog; {@code signals} set the in-stock and discount flags. Signals
   * received by {@link #updateSignals} win over {@code signals} (which the caller may have computed
   * before them): those received before the replace began are built into the new catalog, those
   * received while it runs are applied to the new catalog before this method returns.
   */
  void replaceCatalog(Catalog catalog, ProductSignals signals);

  /**
   * Partial update: the in-stock and discount flags of the products named in {@code changed} (by
   * code key) become the given ones; every other product keeps its flags, nothing else changes.
   * Searches (filters, facet counts) see the change when this method returns. Unknown code keys are
   * ignored. Waits while a {@link #replaceCatalog} publishes, then applies the change to the new
   * catalog, so no update is lost nor applied to an index about to be dropped.
   *
   * @throws SearchUnavailableException when the backend cannot be reached (the caller retries)
   */
  void updateSignals(ProductSignals changed);

  /**
   * Partial publication: serves {@code catalog}, a new version of the catalog being served, by
   * indexing again only the products {@code changes} name (added or changed, with {@code signals}
   * for their flags; signals received by {@link #updateSignals} win) and deleting the removed ones;
   * every other document stays as it is. Searches see the old version or the new one, and the
   * version ({@code count()}, the model the queries are planned with) moves to {@code catalog}'s
   * when this returns. The analysis dictionary of the served build is kept, so that the unchanged
   * documents and the queries analyse alike (a full {@link #replaceCatalog} rebuilds it).
   *
   * @throws IllegalStateException when the backend does not serve {@code changes.fromVersion()}
   * @throws SearchUnavailableException when the backend cannot be reached (nothing was changed
   *     visibly for the serving version on Lucene; on Elasticsearch a retry applies the same
   *     idempotent writes)
   */
  void applyChanges(Catalog catalog, CatalogChanges changes, ProductSignals signals);

  /**
   * Tells a backend that reopened its index at start-up (same catalog version, not reindexed) which
   * catalog it holds, so that {@link #updateSignals} can rebuild its documents. Nothing is indexed.
   * A backend whose index is shared by several API instances (Elasticsearch) first looks again at
   * what the shared index serves, so an instance follows a publication another instance made.
   *
   * @throws IllegalArgumentException when the index holds another catalog version
   */
  void attachCatalog(Catalog catalog);

  /**
   * Answers one search: hits, exact total, disjunctive facets, price statistics, a cursor for the
   * next page, and a "did you mean" when nothing matched.
   *
   * <p>The query's {@link Curation} applies as its Javadoc says, identically on every backend:
   * hidden products are never returned nor counted; the selected collections filter the results and
   * the {@code collection} facet counts every active collection (disjunctive, like the other
   * facets; absent without collections); in {@link SearchQuery.Sort#RELEVANCE} order only, factors
   * multiply scores and pinned products that pass the filters (matched by the text or not) are
   * counted and placed at their positions, across offset and cursor pages. {@link Curation#NONE}
   * adds no work.
   *
   * @throws IllegalArgumentException for a cursor that does not belong to this sort or catalog, or
   *     a merchandising factor that is not a positive number
   */
  SearchResult search(SearchQuery query);

  /**
   * Makes searches from now on expand with this vocabulary (an atomic swap: a search uses the old
   * or the new one, never a mix). Applied at query time, so no reindex is needed.
   */
  void useVocabulary(Vocabulary vocabulary);

  /** The vocabulary searches expand with now ({@link Vocabulary#EMPTY} until one is set). */
  Vocabulary vocabulary();

  /** Looks products up by code (exact, then prefix, then infix; separator-insensitive) or maker. */
  List<LookupQuery.Hit> lookup(LookupQuery query);

  /** Autocomplete for what has been typed so far: products, makers, categories. */
  Suggestions suggest(String typed, int limit);

  /**
   * Facet value search for makers: the makers matching {@code typed} (Korean, English, alias or
   * initial consonants) with how many products each would add to {@code context} (counts ignore the
   * context's own maker selection, like the maker facet). Makers with zero products in the context
   * are kept, after the others, so a counsellor sees the maker exists.
   */
  List<SearchResult.FacetValue> searchMakers(String typed, SearchQuery context, int limit);

  /**
   * How many products each maker of the catalog has among the matches of {@code context}, ignoring
   * the context's own maker selection (like the maker facet), for every maker, zeros included: the
   * maker index counts within the current filters without the facet's cut to its top values.
   */
  Map<String, Long> makerCounts(SearchQuery context);

  /** Number of searchable products (discontinued ones excluded). */
  long count();

  /** Whether the backend can answer now, with details for the health endpoint. */
  BackendHealth health();

  @Override
  void close();
}
