package kr.catalog.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Creates search backends by name; the entry point for the application. The adapters live in their
 * own modules and are found with {@link ServiceLoader} ({@link SearchBackendFactory}): the engine
 * never imports them, and whoever opens a backend needs its module on the runtime classpath only.
 */
public final class SearchBackends {

  /** The embedded Lucene backend (module {@code search-backend-lucene}). */
  public static final String LUCENE = "lucene";

  /** The Elasticsearch backend (module {@code search-backend-elasticsearch}). */
  public static final String ELASTICSEARCH = "elasticsearch";

  /** Lucene: the index directory (created when missing). */
  public static final String DIRECTORY = "directory";

  /** Elasticsearch: every node's HTTP address, comma-separated. */
  public static final String HOSTS = "hosts";

  /** Elasticsearch: the alias searches go through. */
  public static final String ALIAS = "alias";

  /** Elasticsearch: replicas per shard of new indices (default 0). */
  public static final String REPLICAS = "replicas";

  /** Elasticsearch: connection timeout, ISO-8601 ({@code PT1S}, the default). */
  public static final String CONNECT_TIMEOUT = "connect-timeout";

  /** Elasticsearch: answer timeout on an open connection, ISO-8601 ({@code PT30S}, the default). */
  public static final String SOCKET_TIMEOUT = "socket-timeout";

  private SearchBackends() {}

  /**
   * Opens the backend registered under {@code name} with {@code settings}.
   *
   * @throws IllegalArgumentException when no backend of that name is on the classpath, or a setting
   *     it needs is missing or invalid
   */
  public static SearchBackend open(String name, Map<String, String> settings) {
    TreeSet<String> known = new TreeSet<>();
    for (SearchBackendFactory factory : ServiceLoader.load(SearchBackendFactory.class)) {
      if (factory.name().equals(name)) {
        return factory.create(new BackendSettings(settings));
      }
      known.add(factory.name());
    }
    throw new IllegalArgumentException(
        "no search backend named '" + name + "' on the classpath (found: " + known + ")");
  }

  /**
   * The embedded Lucene backend with its index under {@code directory} (created when missing); the
   * newest complete catalog build found there is served at once.
   */
  public static SearchBackend lucene(Path directory) {
    return open(LUCENE, Map.of(DIRECTORY, directory.toString()));
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
    return open(ELASTICSEARCH, elasticsearchSettings(hosts, alias, replicas));
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
    Map<String, String> settings = elasticsearchSettings(hosts, alias, replicas);
    settings.put(CONNECT_TIMEOUT, connectTimeout.toString());
    settings.put(SOCKET_TIMEOUT, socketTimeout.toString());
    return open(ELASTICSEARCH, settings);
  }

  private static Map<String, String> elasticsearchSettings(
      List<String> hosts, String alias, int replicas) {
    Map<String, String> settings = new HashMap<>();
    settings.put(HOSTS, String.join(",", hosts));
    settings.put(ALIAS, alias);
    settings.put(REPLICAS, Integer.toString(replicas));
    return settings;
  }
}
