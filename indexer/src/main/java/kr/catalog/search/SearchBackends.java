package kr.catalog.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kr.catalog.search.elasticsearch.ElasticsearchBackend;
import kr.catalog.search.lucene.LuceneBackend;

/** Creates search backends; the entry point for the application. */
public final class SearchBackends {

  private SearchBackends() {}

  /**
   * The embedded Lucene backend with its index under {@code directory} (created when missing); the
   * newest complete catalog build found there is served at once.
   */
  public static SearchBackend lucene(Path directory) {
    return LuceneBackend.open(directory);
  }

  /**
   * The Elasticsearch backend.
   *
   * @param hosts every node's HTTP address ({@code http://es1:9200}); requests go round-robin and
   *     move to another node when one is down
   * @param alias the alias searches go through; each catalog build gets its own index behind it
   * @param replicas replicas per shard of new indices (0 on a single node)
   */
  public static SearchBackend elasticsearch(List<String> hosts, String alias, int replicas) {
    return ElasticsearchBackend.connect(new ElasticsearchBackend.Settings(hosts, alias, replicas));
  }

  /**
   * The Elasticsearch backend with explicit connection timeouts.
   *
   * @param connectTimeout how long to wait for a connection to a node: how soon searches answer
   *     "unavailable" when the cluster is down
   * @param socketTimeout how long to wait for an answer on an open connection
   */
  public static SearchBackend elasticsearch(
      List<String> hosts,
      String alias,
      int replicas,
      Duration connectTimeout,
      Duration socketTimeout) {
    return ElasticsearchBackend.connect(
        new ElasticsearchBackend.Settings(hosts, alias, replicas, connectTimeout, socketTimeout));
  }
}
