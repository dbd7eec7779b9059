package kr.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import kr.catalog.search.SearchUnavailableException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * The client set-up: one REST client that knows every node (requests go round-robin and move to
 * another node when one does not answer), with the configured timeouts, and the typed client on
 * top. Also where a failed search becomes "unavailable" rather than an error.
 */
final class EsConnection implements AutoCloseable {

  private final RestClient restClient;
  private final ElasticsearchClient client;

  EsConnection(ElasticsearchBackend.Settings settings) {
    HttpHost[] hosts = settings.hosts().stream().map(HttpHost::create).toArray(HttpHost[]::new);
    this.restClient =
        RestClient.builder(hosts)
            .setRequestConfigCallback(
                config ->
                    config
                        .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                        .setSocketTimeout(Math.toIntExact(settings.socketTimeout().toMillis())))
            .build();
    // Derived getters of the catalog records (Category.isTop) are written too; reading skips them.
    ObjectMapper mapper =
        new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    this.client =
        new ElasticsearchClient(
            new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
  }

  ElasticsearchClient client() {
    return client;
  }

  /** Runs a search of product documents. */
  SearchResponse<EsProduct> search(SearchRequest request) {
    try {
      return client.search(request, EsProduct.class);
    } catch (IOException e) {
      // Every node failed to answer (the client already tried the others).
      throw new SearchUnavailableException("Elasticsearch did not answer", e);
    } catch (ElasticsearchException e) {
      // A node answered but cannot search now: shards still recovering after a restart ("all
      // shards failed", 503) or overloaded (429). It passes by itself; a 4xx is our own bug.
      if (e.status() >= 500 || e.status() == 429) {
        throw new SearchUnavailableException("Elasticsearch cannot search now: " + e.status(), e);
      }
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      restClient.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
