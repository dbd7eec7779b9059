package kr.catalog.testharness;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.cat.shards.ShardsRecord;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ElasticsearchClusterTest {

  record Product(String id, String name) {}

  /** 30 products: enough for every one of 3 shards to hold some. */
  private static final List<Product> PRODUCTS =
      IntStream.rangeClosed(1, 30)
          .mapToObj(
              i -> new Product(String.format(Locale.ROOT, "p-%02d", i), "충전 임팩트 드라이버 " + i + "호"))
          .toList();

  private static ElasticsearchCluster cluster;
  private static ElasticsearchClient client;

  @BeforeAll
  static void connect() {
    cluster = TestServers.elasticsearchCluster();
    // Every node listed: requests move on to another node when one is down.
    client = EsClients.connect(cluster.httpHosts());
  }

  @AfterAll
  static void close() throws IOException {
    client.close();
  }

  @Test
  void threeNodesFormOneGreenCluster() throws Exception {
    HealthResponse health = client.cluster().health();

    assertThat(health.status()).isEqualTo(HealthStatus.Green);
    assertThat(health.numberOfNodes()).isEqualTo(3);
    assertThat(health.numberOfDataNodes()).isEqualTo(3);
    // Each node on its own sees the same three-node cluster, so none formed a cluster of its own.
    for (ElasticsearchNode node : cluster.nodes()) {
      try (ElasticsearchClient single = EsClients.connect(node.httpHosts())) {
        HealthResponse seen = single.cluster().health();
        assertThat(seen.clusterName()).isEqualTo(cluster.clusterName());
        assertThat(seen.numberOfNodes()).as(node.name()).isEqualTo(3);
      }
    }
  }

  @Test
  void indexWithOneReplicaHasEveryShardAssigned() throws Exception {
    String index = "replicated-products";
    createIndex(index);

    HealthResponse health = awaitGreen(index, 3);
    List<ShardsRecord> shards = client.cat().shards(s -> s.index(index)).valueBody();

    assertThat(health.status()).isEqualTo(HealthStatus.Green);
    assertThat(health.activePrimaryShards()).isEqualTo(3);
    assertThat(health.activeShards()).isEqualTo(6);
    assertThat(health.unassignedShards()).isZero();
    // A primary and its replica never share a node: that is what survives losing one.
    Map<String, List<String>> nodesByShard =
        shards.stream()
            .collect(
                Collectors.groupingBy(
                    ShardsRecord::shard,
                    Collectors.mapping(ShardsRecord::node, Collectors.toList())));
    assertThat(nodesByShard).hasSize(3);
    nodesByShard.forEach(
        (shard, nodes) ->
            assertThat(nodes).as("shard " + shard).hasSize(2).doesNotHaveDuplicates());
    client.indices().delete(d -> d.index(index));
  }

  @Test
  void documentsStaySearchableWhenTheMasterIsKilledAndTheNodeRejoinsOnRestart() throws Exception {
    String index = "failover-products";
    createIndex(index);
    List<BulkOperation> operations = new ArrayList<>();
    for (Product product : PRODUCTS) {
      operations.add(
          BulkOperation.of(b -> b.index(i -> i.index(index).id(product.id()).document(product))));
    }
    BulkResponse bulk = client.bulk(b -> b.operations(operations).refresh(Refresh.True));
    assertThat(bulk.errors()).isFalse();
    awaitGreen(index, 3);

    String master = client.cat().master().valueBody().get(0).node();
    int killed = indexOf(master);
    cluster.kill(killed);
    try {
      assertThat(cluster.node(killed).isRunning()).isFalse();

      // Each surviving node alone answers with every document: the replicas of the killed
      // node's primaries took over.
      for (ElasticsearchNode survivor : cluster.nodes()) {
        if (survivor == cluster.node(killed)) {
          continue;
        }
        try (ElasticsearchClient single = EsClients.connect(survivor.httpHosts())) {
          assertThat(allIds(single, index)).as("via " + survivor.name()).isEqualTo(ids());
        }
      }
      // So does the client that lists every host, the dead one included.
      assertThat(allIds(client, index)).isEqualTo(ids());
      // The survivors elected a new master among themselves.
      HealthResponse afterKill =
          client.cluster().health(h -> h.waitForNodes("2").timeout(t -> t.time("60s")));
      assertThat(afterKill.numberOfNodes()).isEqualTo(2);
      assertThat(client.cat().master().valueBody().get(0).node()).isNotEqualTo(master);
    } finally {
      cluster.restart(killed);
    }

    HealthResponse rejoined = awaitGreen(index, 3);
    assertThat(rejoined.numberOfNodes()).isEqualTo(3);
    assertThat(rejoined.unassignedShards()).isZero();
    try (ElasticsearchClient restarted = EsClients.connect(cluster.node(killed).httpHosts())) {
      assertThat(restarted.cluster().health().numberOfNodes()).isEqualTo(3);
      assertThat(allIds(restarted, index)).isEqualTo(ids());
    }
    client.indices().delete(d -> d.index(index));
  }

  private static void createIndex(String index) throws IOException {
    client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    client
        .indices()
        .create(c -> c.index(index).settings(s -> s.numberOfShards("3").numberOfReplicas("1")));
  }

  private static HealthResponse awaitGreen(String index, int nodes) throws IOException {
    return client
        .cluster()
        .health(
            h ->
                h.index(index)
                    .waitForStatus(HealthStatus.Green)
                    .waitForNodes(Integer.toString(nodes))
                    .waitForNoInitializingShards(true)
                    .timeout(t -> t.time("120s")));
  }

  /** Ids of all documents, sorted; fails if any shard could not answer. */
  private static List<String> allIds(ElasticsearchClient on, String index) throws IOException {
    SearchResponse<Product> response =
        on.search(
            s ->
                s.index(index)
                    .query(q -> q.matchAll(m -> m))
                    .size(100)
                    .trackTotalHits(t -> t.enabled(true)),
            Product.class);
    assertThat(response.shards().failed().intValue()).isZero();
    assertThat(response.hits().total().value()).isEqualTo(PRODUCTS.size());
    return response.hits().hits().stream().map(Hit::id).sorted().toList();
  }

  private static List<String> ids() {
    return PRODUCTS.stream().map(Product::id).sorted().toList();
  }

  private static int indexOf(String nodeName) {
    for (int i = 0; i < cluster.size(); i++) {
      if (cluster.node(i).name().equals(nodeName)) {
        return i;
      }
    }
    throw new AssertionError("no node named " + nodeName + " in " + cluster);
  }
}
