package kr.catalog.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.testharness.ElasticsearchCluster;
import kr.catalog.testharness.TestServers;
import org.junit.jupiter.api.Test;

/** A replicated index on the 3-node cluster keeps answering when a node dies. */
class ElasticsearchFailoverIT {

  private static final Maker HILTI = new Maker("hilti", "힐티", "Hilti", List.of());
  private static final Category TOOLS = new Category("01", null, "공구", "Tools");

  @Test
  void searchesCarryOnOnTheOtherNodesWhenOneIsKilled() {
    ElasticsearchCluster cluster = TestServers.elasticsearchCluster();
    List<Product> products = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      products.add(
          new Product(
              "TE " + i,
              "TE" + i,
              "TE" + i,
              "힐티 해머드릴 TE " + i,
              "",
              HILTI.id(),
              TOOLS.id(),
              10_000L * i,
              "LI",
              "Hilti",
              false,
              false,
              false,
              Map.of(),
              List.of(),
              LocalDate.of(2024, 1, 1)));
    }
    Catalog catalog =
        new Catalog("v1", List.of(HILTI), List.of(TOOLS), products, List.of(), List.of());
    // The client lists all three nodes; one replica per shard survives the loss of any node.
    try (SearchBackend backend = SearchBackends.elasticsearch(cluster.httpHosts(), "failover", 1)) {
      backend.replaceCatalog(catalog);
      SearchQuery query = new SearchQuery.Builder("해머드릴").sort(SearchQuery.Sort.PRICE_ASC).build();
      List<String> before =
          backend.search(query).hits().stream().map(SearchResult.Hit::codeKey).toList();
      assertThat(before).hasSize(20).startsWith("TE1", "TE2", "TE3");

      cluster.kill(0);
      try {
        // Round-robin reaches the dead node every third request; each must still succeed.
        for (int i = 0; i < 9; i++) {
          SearchResult after = backend.search(query);
          assertThat(after.total()).isEqualTo(30);
          assertThat(after.hits())
              .extracting(SearchResult.Hit::codeKey)
              .containsExactlyElementsOf(before);
        }
      } finally {
        cluster.restart(0);
      }
    }
  }
}
