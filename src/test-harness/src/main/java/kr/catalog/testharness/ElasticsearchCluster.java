package kr.catalog.testharness;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.catalog.embeddedpostgres.Processes;
import org.jboss.logging.Logger;

/**
 * A cluster of real Elasticsearch nodes on this machine, for replication and fault tests: every
 * node is master-eligible and holds data, so any one of them can be {@linkplain #kill killed} and
 * the others carry on.
 *
 * <p>Nodes are numbered from 0; their names are {@code node-0}, {@code node-1}, ...
 */
public final class ElasticsearchCluster {

  private static final Logger LOG = Logger.getLogger(ElasticsearchCluster.class);

  static final String NAME = "catalog-test-cluster";

  private final List<ElasticsearchNode> nodes;

  private ElasticsearchCluster(List<ElasticsearchNode> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  /** All nodes, running or not, in index order. */
  public List<ElasticsearchNode> nodes() {
    return nodes;
  }

  public ElasticsearchNode node(int index) {
    return nodes.get(index);
  }

  public int size() {
    return nodes.size();
  }

  public String clusterName() {
    return NAME;
  }

  /**
   * {@code 127.0.0.1:PORT} of every node, killed ones included: a client that lists them all
   * carries on when one goes down, and uses it again once it is back.
   */
  public List<String> httpHosts() {
    return nodes.stream().map(ElasticsearchNode::httpHost).toList();
  }

  /**
   * Kills node {@code index} with SIGKILL, as if its machine crashed, and returns once its process
   * is gone. The remaining nodes notice at once (their connections to it break).
   *
   * @throws IllegalStateException if the node is not running
   */
  public synchronized void kill(int index) {
    node(index).kill();
  }

  /**
   * Starts node {@code index} again on its ports and with its data, and returns once it is back in
   * the cluster (all {@link #size()} nodes present). Shard recovery may still be going on; wait for
   * the health you need. A node that is still running is stopped cleanly first.
   */
  public synchronized void restart(int index) {
    ElasticsearchNode node = node(index);
    if (node.isRunning()) {
      node.stop();
    }
    long started = System.nanoTime();
    node.launch(false);
    node.awaitHealth(
        "wait_for_nodes=" + size() + "&timeout=1s&master_timeout=1s",
        Instant.now().plus(HarnessSettings.startupTimeout()));
    LOG.infof("%s rejoined the cluster in %d ms", node, (System.nanoTime() - started) / 1_000_000);
  }

  @Override
  public String toString() {
    return "Elasticsearch cluster " + NAME + " " + httpHosts();
  }

  /** A new cluster of {@code size} nodes, started together and ready (green). */
  static ElasticsearchCluster start(Path serversDir, int size) {
    Path home = Distributions.elasticsearch(serversDir);
    ElasticsearchNode.checkReachable(serversDir);
    Instant deadline = Instant.now().plus(HarnessSettings.startupTimeout());
    long started = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      List<ElasticsearchNode> nodes = create(serversDir, home, Ports.free(2 * size));
      nodes.forEach(ElasticsearchNode::prepareFreshStart);
      // All at once: a new cluster elects its first master only when a majority of the
      // initial master nodes is up.
      nodes.forEach(node -> node.launch(true));
      try {
        awaitAll(nodes, deadline);
        ElasticsearchCluster cluster = new ElasticsearchCluster(nodes);
        LOG.infof(
            "%s green with %d nodes in %d ms (logs: %s)",
            cluster,
            size,
            (System.nanoTime() - started) / 1_000_000,
            serversDir.resolve("es-cluster"));
        return cluster;
      } catch (IllegalStateException e) {
        stopAll(nodes);
        if (attempt < 3 && nodes.stream().anyMatch(ElasticsearchNode::lostPortRace)) {
          LOG.warn("A cluster node lost a port to another process; retrying with other ports");
          continue;
        }
        throw e;
      }
    }
  }

  /** The cluster that another class loader of this JVM started ({@link #state()}). */
  static ElasticsearchCluster attach(Path serversDir, String state) {
    String[] pairs = state.split(",");
    int[] ports = new int[2 * pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      String[] pair = pairs[i].split(":");
      ports[i] = Integer.parseInt(pair[0]);
      ports[pairs.length + i] = Integer.parseInt(pair[1]);
    }
    return new ElasticsearchCluster(
        create(serversDir, serversDir.resolve("dist").resolve("elasticsearch"), ports));
  }

  /** What another class loader needs to use this cluster: the ports of every node. */
  String state() {
    return String.join(
        ",", nodes.stream().map(node -> node.httpPort() + ":" + node.transportPort()).toList());
  }

  /**
   * @param ports the HTTP ports of all nodes, then their transport ports
   */
  private static List<ElasticsearchNode> create(Path serversDir, Path home, int[] ports) {
    int size = ports.length / 2;
    List<String> names = new ArrayList<>();
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      names.add("node-" + i);
      seeds.add(Ports.LOOPBACK + ":" + ports[size + i]);
    }
    List<String> discovery = List.of("discovery.seed_hosts=" + String.join(",", seeds));
    List<String> bootstrap = List.of("cluster.initial_master_nodes=" + String.join(",", names));
    List<ElasticsearchNode> nodes = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      nodes.add(
          new ElasticsearchNode(
              names.get(i),
              NAME,
              serversDir.resolve("es-cluster").resolve(names.get(i)),
              home,
              ports[i],
              ports[size + i],
              discovery,
              bootstrap));
    }
    return nodes;
  }

  /** Waits until every node sees a green cluster of all nodes; fails fast if one exits. */
  private static void awaitAll(List<ElasticsearchNode> nodes, Instant deadline) {
    String query =
        "wait_for_nodes=" + nodes.size() + "&wait_for_status=green&timeout=1s&master_timeout=1s";
    Set<ElasticsearchNode> pending = new LinkedHashSet<>(nodes);
    while (true) {
      pending.removeIf(node -> node.answersHealth(query));
      if (pending.isEmpty()) {
        return;
      }
      nodes.forEach(ElasticsearchNode::checkAlive);
      if (Instant.now().isAfter(deadline)) {
        throw pending
            .iterator()
            .next()
            .failure(
                "did not see a green cluster of "
                    + nodes.size()
                    + " nodes within "
                    + HarnessSettings.startupTimeout().toSeconds()
                    + " s (system property "
                    + HarnessSettings.STARTUP_TIMEOUT
                    + "); the other nodes log under "
                    + pending.iterator().next().logDirectory().getParent().getParent());
      }
      Processes.sleep(Duration.ofMillis(250));
    }
  }

  /** Stops nodes in parallel: one by one, a stuck node would delay the others. */
  static void stopAll(List<ElasticsearchNode> nodes) {
    List<Thread> threads =
        nodes.stream()
            .map(node -> Thread.ofPlatform().name("stop-" + node.name()).start(node::stop))
            .toList();
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofSeconds(40));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
