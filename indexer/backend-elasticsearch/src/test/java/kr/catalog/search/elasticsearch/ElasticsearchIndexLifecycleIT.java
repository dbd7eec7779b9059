package kr.catalog.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.testharness.TestServers;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Index per build behind an alias, bulk error checks and resuming after a restart. */
class ElasticsearchIndexLifecycleIT {

  private static final Maker HILTI = new Maker("hilti", "힐티", "Hilti", List.of());
  private static final Category TOOLS = new Category("01", null, "공구", "Tools");

  private final String alias =
      "lifecycle-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  private RestClient rest;
  private ElasticsearchClient client;

  @BeforeEach
  void connect() {
    rest = RestClient.builder(HttpHost.create(TestServers.elasticsearchNode().httpHost())).build();
    client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
  }

  @AfterEach
  void cleanUp() throws IOException {
    // Deleting by wildcard is refused (destructive_requires_name): resolve the names first.
    List<String> indices =
        List.copyOf(
            client
                .indices()
                .get(g -> g.index(alias + "-*").allowNoIndices(true))
                .result()
                .keySet());
    if (!indices.isEmpty()) {
      client.indices().delete(d -> d.index(indices));
    }
    rest.close();
  }

  private static Product drill(String code, String name, String brand) {
    return new Product(
        code,
        code,
        code,
        name,
        "",
        HILTI.id(),
        TOOLS.id(),
        100_000,
        "LI",
        brand,
        false,
        false,
        false,
        Map.of(),
        List.of(),
        LocalDate.of(2024, 1, 1));
  }

  private static Catalog catalog(String version, Product... products) {
    return new Catalog(
        version, List.of(HILTI), List.of(TOOLS), List.of(products), List.of(), List.of());
  }

  private List<String> indicesOfAlias() throws IOException {
    return new ArrayList<>(client.indices().getAlias(g -> g.name(alias)).result().keySet());
  }

  private List<String> buildIndices() throws IOException {
    return client.indices().get(g -> g.index(alias + "-v*")).result().keySet().stream()
        .sorted()
        .toList();
  }

  @Test
  void eachBuildGetsItsOwnIndexAndTheAliasMovesWhenItIsComplete() throws IOException {
    try (SearchBackend backend =
        SearchBackends.elasticsearch(
            List.of(TestServers.elasticsearchNode().httpHost()), alias, 0)) {
      backend.replaceCatalog(catalog("v1", drill("TE2", "힐티 해머드릴 TE 2", "Hilti")));
      List<String> first = indicesOfAlias();
      assertThat(first).hasSize(1).allMatch(i -> i.startsWith(alias + "-v1-"));

      backend.replaceCatalog(catalog("v2", drill("TE30", "힐티 해머드릴 TE 30", "Hilti")));
      List<String> second = indicesOfAlias();
      assertThat(second).hasSize(1).allMatch(i -> i.startsWith(alias + "-v2-"));
      // The previous build's index is gone once the alias left it.
      assertThat(buildIndices()).containsExactlyElementsOf(second);
      assertThat(backend.search(SearchQuery.text("해머드릴")).hits())
          .extracting(SearchResult.Hit::codeKey)
          .containsExactly("TE30");
    }
  }

  @Test
  void aRejectedDocumentFailsTheBuildAndTheOldCatalogStays() throws IOException {
    try (SearchBackend backend =
        SearchBackends.elasticsearch(
            List.of(TestServers.elasticsearchNode().httpHost()), alias, 0)) {
      backend.replaceCatalog(catalog("v1", drill("TE2", "힐티 해머드릴 TE 2", "Hilti")));
      // A keyword longer than Lucene's term limit (32766 bytes) is refused per document.
      String immense = "x".repeat(40_000);
      assertThatThrownBy(
              () ->
                  backend.replaceCatalog(
                      catalog(
                          "v2",
                          drill("TE30", "힐티 해머드릴 TE 30", "Hilti"),
                          drill("TE40", "힐티 TE 40", immense))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("1 documents rejected")
          .hasMessageContaining("TE40");
      assertThat(indicesOfAlias()).hasSize(1).allMatch(i -> i.startsWith(alias + "-v1-"));
      assertThat(buildIndices()).hasSize(1);
      assertThat(backend.search(SearchQuery.text("해머드릴")).hits())
          .extracting(SearchResult.Hit::codeKey)
          .containsExactly("TE2");
    }
  }

  @Test
  void aNewInstanceServesTheAliasedBuildWithItsDictionary() {
    List<String> hosts = List.of(TestServers.elasticsearchNode().httpHost());
    try (SearchBackend backend = SearchBackends.elasticsearch(hosts, alias, 0)) {
      backend.replaceCatalog(catalog("v1", drill("TE2", "힐티 해머드릴 TE 2", "Hilti")));
    }
    try (SearchBackend restarted = SearchBackends.elasticsearch(hosts, alias, 0)) {
      assertThat(restarted.health().up()).isTrue();
      assertThat(restarted.health().details()).containsEntry("catalog", "v1");
      // The model (maker names, dictionary) came back with the build: maker search works.
      assertThat(restarted.searchMakers("ㅎㅌ", SearchQuery.text(""), 5))
          .extracting(SearchResult.FacetValue::value)
          .containsExactly("hilti");
      assertThat(restarted.count()).isEqualTo(1);
    }
  }
}
