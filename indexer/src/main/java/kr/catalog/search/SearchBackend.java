package kr.catalog.search;

import kr.catalog.ingest.Catalog;

/**
 * The port every search adapter implements: the embedded Lucene index (the default) and the
 * replicated Elasticsearch index. Both receive documents analysed by the same Java analysis chain,
 * so that one contract test suite holds for both.
 */
public interface SearchBackend extends AutoCloseable {

  /** Short name for logs, health and metrics: {@code lucene} or {@code elasticsearch}. */
  String name();

  /**
   * Replaces the searchable catalog with this one. Readers keep seeing the previous catalog until
   * the new one is complete (Elasticsearch: new index, then atomic alias switch).
   */
  void replaceCatalog(Catalog catalog);

  /** Answers one search: hits, total, disjunctive facets and price statistics. */
  SearchResult search(SearchQuery query);

  /** Number of searchable products. */
  long count();

  /** Whether the backend can answer now, with details for the health endpoint. */
  BackendHealth health();

  @Override
  void close();
}
