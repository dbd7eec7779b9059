/**
 * The search port of the catalog platform and its factory.
 *
 * <p>{@link kr.catalog.search.SearchBackend} is what the API calls: search with disjunctive facets,
 * lookup by code or maker, autocomplete and maker facet value search, all with records ({@link
 * kr.catalog.search.SearchQuery}, {@link kr.catalog.search.SearchResult}, {@link
 * kr.catalog.search.LookupQuery}, {@link kr.catalog.search.Suggestions}). {@link
 * kr.catalog.search.SearchBackends} creates the embedded Lucene backend or the Elasticsearch one.
 * Data flows: catalog -> {@code document} (analysis in Java, {@code analysis}) -> backend index;
 * request -> {@code query} plan -> backend execution -> shared shaping in {@code core}.
 */
package kr.catalog.search;
