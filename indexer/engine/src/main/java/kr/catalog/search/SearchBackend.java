package kr.catalog.search;

import java.util.List;
import kr.catalog.model.Catalog;

/**
 * The port every search adapter implements: the embedded Lucene index (the default) and the
 * replicated Elasticsearch index. Both receive documents analysed by the same Java analysis chain
 * and translate the same query trees, so that one contract test suite holds for both.
 *
 * <p>Implementations are thread-safe: searches run concurrently with each other and with {@link
 * #replaceCatalog}.
 */
public interface SearchBackend extends AutoCloseable {

  /** Short name for logs, health and metrics: {@code lucene} or {@code elasticsearch}. */
  String name();

  /**
   * Replaces the searchable catalog with this one, without stock or discount signals. Readers keep
   * seeing the previous catalog until the new one is complete (Elasticsearch: new index, then
   * atomic alias switch).
   */
  default void replaceCatalog(Catalog catalog) {
    replaceCatalog(catalog, ProductSignals.NONE);
  }

  /** Replaces the searchable catalog; {@code signals} set the in-stock and discount flags. */
  void replaceCatalog(Catalog catalog, ProductSignals signals);

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

  /** Number of searchable products (discontinued ones excluded). */
  long count();

  /** Whether the backend can answer now, with details for the health endpoint. */
  BackendHealth health();

  @Override
  void close();
}
