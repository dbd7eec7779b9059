/**
 * The search port of the catalog platform and its factory.
 *
 * <p>{@link kr.catalog.search.SearchBackend} is what the API calls: search with disjunctive facets,
 * lookup by code or maker, autocomplete and maker facet value search, all with records ({@link
 * kr.catalog.search.SearchQuery}, {@link kr.catalog.search.SearchResult}, {@link
 * kr.catalog.search.LookupQuery}, {@link kr.catalog.search.Suggestions}). {@link
 * kr.catalog.search.SearchBackends} opens a backend by name ({@code lucene}, {@code elasticsearch})
 * through the {@link kr.catalog.search.SearchBackendFactory} its module registers with {@link
 * java.util.ServiceLoader}: the engine never imports an adapter, so an application needs the
 * adapters on its runtime classpath only (as hibernate-search's engine finds its backends). Facets
 * are typed ({@link kr.catalog.search.Facet}) from the request to the result. Data flows: catalog
 * -> {@code document} (analysis in Java, {@code analysis}) -> backend index; request -> {@code
 * query} plan -> backend execution -> shared shaping in {@code core}.
 */
package kr.catalog.search;
