package kr.catalog.testharness;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ElasticsearchNodeTest {

  record Product(String id, String name) {}

  private static ElasticsearchNode node;
  private static ElasticsearchClient client;

  @BeforeAll
  static void connect() {
    node = TestServers.elasticsearchNode();
    client = EsClients.connect(node.httpHosts());
  }

  @AfterAll
  static void close() throws Exception {
    client.close();
  }

  @Test
  void singleNodeAnswersHealthGreen() throws Exception {
    HealthResponse health = client.cluster().health();

    assertThat(health.status()).isEqualTo(HealthStatus.Green);
    assertThat(health.numberOfNodes()).isEqualTo(1);
    assertThat(health.clusterName()).isEqualTo(node.clusterName());
  }

  @Test
  void indexWithoutReplicasIsGreenAndServesItsDocuments() throws Exception {
    String index = "single-node-products";
    client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    // Replicas 0: a single node can never hold a replica, so any more would leave it yellow.
    client
        .indices()
        .create(c -> c.index(index).settings(s -> s.numberOfShards("1").numberOfReplicas("0")));

    HealthResponse health =
        client
            .cluster()
            .health(
                h -> h.index(index).waitForStatus(HealthStatus.Green).timeout(t -> t.time("30s")));
    Product drill = new Product("drill-bosch", "전동드릴 보쉬 GSB 13RE");
    client.index(i -> i.index(index).id(drill.id()).document(drill).refresh(Refresh.True));
    GetResponse<Product> stored = client.get(g -> g.index(index).id(drill.id()), Product.class);

    assertThat(health.status()).isEqualTo(HealthStatus.Green);
    assertThat(health.unassignedShards()).isZero();
    assertThat(stored.source()).isEqualTo(drill);
  }

  @Test
  void everyCallerGetsTheSameNode() {
    assertThat(TestServers.elasticsearchNode()).isSameAs(node);
    assertThat(node.isRunning()).isTrue();
  }
}
