/**
 * The embedded Lucene backend, the default: one index directory per catalog build, each with one
 * {@link org.apache.lucene.index.IndexWriter} and one {@link
 * org.apache.lucene.search.SearcherManager}; a finished build replaces the previous one atomically.
 * Facets are counted in the same pass as the hits by {@link
 * kr.catalog.search.lucene.FacetingCollector}, disjunctively (drill-sideways).
 */
package kr.catalog.search.lucene;
