package kr.catalog.search.elasticsearch;

import java.time.Duration;
import kr.catalog.search.BackendSettings;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackendFactory;
import kr.catalog.search.SearchBackends;

/**
 * Registers the Elasticsearch backend under the name {@code elasticsearch}; reads {@link
 * SearchBackends#HOSTS}, {@link SearchBackends#ALIAS}, {@link SearchBackends#REPLICAS} and the two
 * timeouts.
 */
public final class ElasticsearchBackendFactory implements SearchBackendFactory {

  @Override
  public String name() {
    return SearchBackends.ELASTICSEARCH;
  }

  @Override
  public SearchBackend create(BackendSettings settings) {
    return ElasticsearchBackend.connect(
        new ElasticsearchBackend.Settings(
            settings.list(SearchBackends.HOSTS),
            settings.required(SearchBackends.ALIAS),
            settings.integer(SearchBackends.REPLICAS, 0),
            settings.duration(
                SearchBackends.CONNECT_TIMEOUT,
                Duration.ofMillis(ElasticsearchBackend.DEFAULT_CONNECT_MILLIS)),
            settings.duration(
                SearchBackends.SOCKET_TIMEOUT,
                Duration.ofMillis(ElasticsearchBackend.DEFAULT_SOCKET_MILLIS))));
  }
}
