package kr.catalog.search.faults;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import kr.catalog.model.Keys;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.testharness.TestServers;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reindex killed with SIGKILL mid-way, in a process of its own ({@link ReindexProcess}): the
 * catalog served before stays served and intact (Lucene: the unfinished build directory is ignored
 * and removed on the next open; Elasticsearch: the alias never moved, the unfinished index is
 * deleted by the next publish), and the next run completes.
 */
class KilledReindexIT {
  /**
   * Large enough that writing the index takes a while, so the kill lands mid-way; {@code
   * -Dcatalog.faults.reindex-products=133323} for the printed catalog's size.
   */
  private static final int NEW_CATALOG =
      Integer.getInteger("catalog.faults.reindex-products", 5_000);

  @TempDir Path dir;

  private static final String OLD_CODE = "OLD-000007";

  @Test
  void luceneKeepsServingTheOldBuildAndTheNextRunCompletes() throws Exception {
    Path index = dir.resolve("index");
    try (SearchBackend backend = SearchBackends.lucene(index)) {
      backend.replaceCatalog(ReindexProcess.catalog("old", 50));
    }

    Process reindex = start("lucene", index.toString(), "new", Integer.toString(NEW_CATALOG));
    // Mid-way: the new build directory exists (Lucene is writing into it).
    killWhen(reindex, () -> builds(index) >= 2);

    try (SearchBackend backend = SearchBackends.lucene(index)) {
      assertServes(backend, "old", 50);
    }
    assertThat(builds(index)).as("the unfinished build was removed").isEqualTo(1);

    assertThat(finish(start("lucene", index.toString(), "new", Integer.toString(NEW_CATALOG))))
        .isZero();
    try (SearchBackend backend = SearchBackends.lucene(index)) {
      assertServes(backend, "new", NEW_CATALOG);
    }
    assertThat(builds(index)).isEqualTo(1);
  }

  @Test
  void elasticsearchKeepsTheAliasAndTheNextRunCompletesAndCleansUp() throws Exception {
    String host = TestServers.elasticsearchNode().httpHost();
    String alias =
        "killed-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    try (SearchBackend backend = SearchBackends.elasticsearch(List.of("http://" + host), alias, 0);
        RestClient rest = RestClient.builder(HttpHost.create(host)).build()) {
      ElasticsearchClient client =
          new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
      backend.replaceCatalog(ReindexProcess.catalog("old", 50));
      List<String> served = aliased(client, alias);

      Process reindex = start("elasticsearch", host, alias, "new", Integer.toString(NEW_CATALOG));
      // Mid-way: the new build's index exists, the alias has not moved.
      killWhen(
          reindex, () -> buildIndices(client, alias).stream().anyMatch(i -> i.contains("-new-")));

      assertThat(aliased(client, alias)).isEqualTo(served);
      assertServes(backend, "old", 50);
      try (SearchBackend restarted =
          SearchBackends.elasticsearch(List.of("http://" + host), alias, 0)) {
        assertServes(restarted, "old", 50);
      }

      assertThat(finish(start("elasticsearch", host, alias, "new", Integer.toString(NEW_CATALOG))))
          .isZero();
      try (SearchBackend restarted =
          SearchBackends.elasticsearch(List.of("http://" + host), alias, 0)) {
        assertServes(restarted, "new", NEW_CATALOG);
      }
      // Only the live build remains: the killed run's index was deleted by the next publish.
      assertThat(buildIndices(client, alias)).isEqualTo(aliased(client, alias)).hasSize(1);
      List<String> all = buildIndices(client, alias);
      if (!all.isEmpty()) {
        client.indices().delete(d -> d.index(all));
      }
    }
  }

  private static void assertServes(SearchBackend backend, String version, long products) {
    assertThat(backend.count()).isEqualTo(products);
    String code = String.format(Locale.ROOT, "%s-000007", version.toUpperCase(Locale.ROOT));
    assertThat(backend.search(SearchQuery.text(code)).hits())
        .extracting(SearchResult.Hit::codeKey)
        .first()
        .isEqualTo(Keys.codeKey(code));
    if (!version.equals("old")) {
      assertThat(backend.search(SearchQuery.text(OLD_CODE)).total()).isZero();
    }
  }

  private static long builds(Path index) {
    try (Stream<Path> list = Files.list(index)) {
      return list.filter(p -> p.getFileName().toString().startsWith("build-")).count();
    } catch (IOException e) {
      return 0;
    }
  }

  private static List<String> aliased(ElasticsearchClient client, String alias) throws IOException {
    return new ArrayList<>(client.indices().getAlias(g -> g.name(alias)).result().keySet());
  }

  private static List<String> buildIndices(ElasticsearchClient client, String alias) {
    try {
      return client
          .indices()
          .get(g -> g.index(alias + "-*").allowNoIndices(true))
          .result()
          .keySet()
          .stream()
          .filter(i -> !i.equals(alias + "-models"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The reindex in a JVM of its own, with the test class path. */
  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The whole catalog is analysed in memory before it is written.
    command.add(NEW_CATALOG > 20_000 ? "-Xmx2g" : "-Xmx512m");
    command.add("--add-modules");
    command.add("jdk.incubator.vector");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ReindexProcess.class.getName());
    command.addAll(List.of(args));
    Path log = dir.resolve("reindex-" + UUID.randomUUID() + ".log");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Kills the process with SIGKILL as soon as {@code midway} holds; fails if it ended first. */
  private static void killWhen(Process process, BooleanSupplier midway) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (!midway.getAsBoolean()) {
      assertThat(process.isAlive()).as("the reindex was still running when checked").isTrue();
      assertThat(System.nanoTime()).as("reached mid-way within 180 s").isLessThan(deadline);
      Thread.sleep(5);
    }
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("killed, not finished").isNotZero();
  }

  private int finish(Process process) throws Exception {
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the next run completes").isTrue();
    if (process.exitValue() != 0) {
      try (Stream<Path> logs = Files.list(dir)) {
        for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
          System.err.println(Files.readString(log, StandardCharsets.UTF_8));
        }
      }
    }
    return process.exitValue();
  }
}
