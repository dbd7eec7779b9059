package kr.catalog.testharness;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.util.List;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** Elasticsearch clients for the tests, built the way the services build theirs. */
final class EsClients {

  private EsClients() {}

  /**
   * A client over the given {@code host:port} list; closing it closes the transport. The low-level
   * client sends each request to one host and moves on to the next when a host is down.
   */
  static ElasticsearchClient connect(List<String> hosts) {
    HttpHost[] httpHosts =
        hosts.stream().map(host -> HttpHost.create("http://" + host)).toArray(HttpHost[]::new);
    RestClient restClient = RestClient.builder(httpHosts).build();
    return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
  }
}
