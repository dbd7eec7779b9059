package kr.catalog.search.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.search.tools.ToolOptions;
import kr.catalog.testharness.ElasticsearchCluster;
import kr.catalog.testharness.PostgresServer;
import kr.catalog.testharness.TestServers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The load suite of issue 9 in one run on one catalog: the platform on embedded Lucene, then the
 * same search mix on PostgreSQL full-text search ({@link PostgresPeer}), then the platform on a
 * 3-node Elasticsearch cluster (1 replica) from the test harness, where one node is killed with
 * SIGKILL during a run and started again. Each platform run replays the full mix and the
 * search-only mix; the search-only mix is what the peer answers too, so the ratios compare the same
 * requests. Reports go to {@code --out} (one table and one JSON per run, {@code summary.txt}).
 *
 * <p>Pinning: with {@code --server-cpus}, the platform is started under {@code taskset} and every
 * server this JVM starts (Elasticsearch nodes, PostgreSQL) is moved onto those CPUs; the script
 * starts this JVM, the load generator, on the others ({@code src/bench/load-suite.sh}).
 *
 * <p>Lives with the tests because it starts the harness's servers (as {@code WithTestElasticsearch}
 * does); run it with {@code src/tools/run-tool.sh load-suite}.
 */
@Command(
    name = "load-suite",
    mixinStandardHelpOptions = true,
    description = "Lucene, PostgreSQL peer, 3-node Elasticsearch with a node killed: one run.")
public final class LoadSuite implements Callable<Integer> {

  @Mixin ToolOptions.LoadRun run;

  @Option(names = "--app", required = true, description = "search-api quarkus-run.jar (embedded)")
  Path app;

  @Option(names = "--work", required = true, description = "directory for platform data and logs")
  Path work;

  @Option(names = "--out", description = "reports directory (default WORK/results)")
  Path out;

  @Option(names = "--port", defaultValue = "8091", description = "HTTP port of the platform")
  int port;

  @Option(
      names = "--fault-duration",
      defaultValue = "180",
      description =
          "measured seconds of the run with the node kill (kill at 1/6, restart at 1/3: a node"
              + " took about a minute to rejoin under load, so the rest leaves time to heal)")
  int faultDuration;

  @Option(names = "--heap", defaultValue = "2g", description = "the platform's -Xmx")
  String heap;

  @Option(
      names = "--server-cpus",
      defaultValue = "",
      description = "taskset CPU list for the platform and the servers (empty: no pinning)")
  String serverCpus;

  @Option(
      names = "--phases",
      split = ",",
      defaultValue = "lucene,postgresql,elasticsearch",
      description = "which phases to run")
  List<String> phases;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
  private final StringBuilder summary = new StringBuilder();
  private Catalog catalog;

  /** Runs the suite. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadSuite()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    out = out != null ? out : work.resolve("results");
    Files.createDirectories(out);
    catalog = new CatalogStore(run.catalogDir).read();
    note(
        String.format(
            Locale.ROOT,
            "# load suite %s: catalog %s (%d products, %d makers), %d workers, warm-up %d s,"
                + " %d s measured per run, seed %d; server CPUs [%s]; this JVM on %d CPUs",
            java.time.Instant.now(),
            catalog.version(),
            catalog.products().size(),
            catalog.makers().size(),
            run.concurrency,
            run.warmupSeconds,
            run.durationSeconds,
            run.seed,
            serverCpus,
            Runtime.getRuntime().availableProcessors()));
    LoadReport luceneSearch = null;
    LoadReport peerSearch = null;
    LoadReport esSearch = null;
    if (phases.contains("lucene")) {
      try (Platform p =
          Platform.start(this, "lucene", List.of("-Dcatalog.search.backend=lucene"))) {
        luceneSearch = platformRuns(p, "lucene");
      }
    }
    if (phases.contains("postgresql")) {
      peerSearch = peer();
    }
    if (phases.contains("elasticsearch")) {
      esSearch = elasticsearch();
    }
    if (peerSearch != null) {
      for (LoadReport ours : new LoadReport[] {luceneSearch, esSearch}) {
        if (ours != null) {
          note(LoadReport.compare(ours, peerSearch));
        }
      }
    }
    Files.writeString(out.resolve("summary.txt"), summary.toString(), StandardCharsets.UTF_8);
    log.println("# reports in " + out);
    return 0;
  }

  /** The full mix, then the search-only mix; returns the latter (compared with the peer). */
  private LoadReport platformRuns(Platform p, String name) throws Exception {
    HttpTarget target = p.target(name + "-full");
    LoadMix.Context context = target.discover(catalog, 200, run.seed);
    note(
        String.format(
            Locale.ROOT,
            "%s: %d searchable products, %d e-books, %d products orderable",
            name,
            target.searchableCount(),
            context.books().size(),
            context.orderableCodes().size()));
    List<LoadRequest> full =
        LoadMix.generate(catalog, context, LoadMix.DEFAULT_WEIGHTS, run.requests, run.seed);
    report(
        name + "-full",
        LoadRunner.run(name + " full mix", full, target, settings(run.durationSeconds)));
    return report(
        name + "-search",
        LoadRunner.run(
            name + " search mix",
            searchMix(),
            p.target(name + "-search"),
            settings(run.durationSeconds)));
  }

  private List<LoadRequest> searchMix() {
    return LoadMix.generate(
        catalog,
        LoadMix.Context.catalogOnly(),
        LoadMix.searchOnly(LoadMix.DEFAULT_WEIGHTS),
        run.requests,
        run.seed);
  }

  private LoadReport peer() throws Exception {
    PostgresServer pg = TestServers.postgres();
    pinServers();
    try (PostgresPeer peer =
        PostgresPeer.load(pg.jdbcUrl(), pg.username(), pg.password(), catalog, log)) {
      return report(
          "postgresql-search",
          LoadRunner.run(
              "postgresql-fts search mix", searchMix(), peer, settings(run.durationSeconds)));
    }
  }

  private LoadReport elasticsearch() throws Exception {
    long t0 = System.nanoTime();
    ElasticsearchCluster cluster = TestServers.elasticsearchCluster();
    pinServers();
    note(
        String.format(
            Locale.ROOT,
            "elasticsearch: %d nodes green in %.0f s: %s",
            cluster.size(),
            (System.nanoTime() - t0) / 1e9,
            cluster.httpHosts()));
    List<String> settings =
        List.of(
            "-Dcatalog.search.backend=elasticsearch",
            "-Dcatalog.search.elasticsearch.hosts=" + String.join(",", cluster.httpHosts()),
            "-Dcatalog.search.elasticsearch.replicas=1",
            "-Dcatalog.search.elasticsearch.index-prefix=load");
    try (Platform p = Platform.start(this, "elasticsearch", settings)) {
      awaitGreen(cluster, Duration.ofMinutes(10));
      LoadReport search = platformRuns(p, "elasticsearch-3");
      fault(p, cluster);
      return search;
    }
  }

  /** The full mix while the elected master is killed (SIGKILL) and later started again. */
  private void fault(Platform p, ElasticsearchCluster cluster) throws Exception {
    HttpTarget target = p.target("elasticsearch-3-fault");
    LoadMix.Context context = target.discover(catalog, 200, run.seed + 1);
    List<LoadRequest> full =
        LoadMix.generate(catalog, context, LoadMix.DEFAULT_WEIGHTS, run.requests, run.seed + 1);
    long before = target.searchableCount();
    int victim = master(cluster);
    long killAfter = faultDuration * 1000L / 6;
    long restartAfter = faultDuration * 1000L / 3;
    long[] times = new long[4]; // kill, restart begun, rejoined, green (epoch ms)
    CompletableFuture<Void> schedule = new CompletableFuture<>();
    LoadReport report =
        LoadRunner.run(
            "elasticsearch-3 full mix, node " + cluster.node(victim).name() + " killed",
            full,
            target,
            settings(faultDuration),
            stats ->
                Thread.ofPlatform()
                    .name("fault-schedule")
                    .start(
                        () -> {
                          try {
                            sleepUntil(stats.startMillis() + killAfter);
                            times[0] = System.currentTimeMillis();
                            cluster.kill(victim);
                            log.printf(Locale.ROOT, "killed %s%n", cluster.node(victim).name());
                            sleepUntil(stats.startMillis() + restartAfter);
                            times[1] = System.currentTimeMillis();
                            cluster.restart(victim);
                            times[2] = System.currentTimeMillis();
                            pinServers();
                            awaitGreen(cluster, Duration.ofMinutes(10));
                            times[3] = System.currentTimeMillis();
                            schedule.complete(null);
                          } catch (Throwable e) {
                            schedule.completeExceptionally(e);
                          }
                        }));
    schedule.get(15, TimeUnit.MINUTES);
    long after = target.searchableCount();
    report("elasticsearch-3-fault", report);
    long faultEnd = Math.min(times[3], report.startMillis() + faultDuration * 1000L);
    List<LoadReport.Failure> during = report.failuresBetween(times[0], times[3] + 1);
    note(
        String.format(
            Locale.ROOT,
            "fault: killed %s (the elected master) %.1f s into the run; restarted %.1f s later;"
                + " back in the cluster after %.1f s; green %.1f s after the restart began"
                + " (%.1f s after the kill)%n"
                + "fault: failed requests from the kill to green: %d of %d in the whole run"
                + " (%s); the run measured until %.1f s after the kill%n"
                + "fault: searchable products before %d, after %d: %s",
            cluster.node(victim).name(),
            (times[0] - report.startMillis()) / 1e3,
            (times[1] - times[0]) / 1e3,
            (times[2] - times[1]) / 1e3,
            (times[3] - times[1]) / 1e3,
            (times[3] - times[0]) / 1e3,
            during.size(),
            report.total().errors(),
            during.stream()
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        f -> f.kind() + ":" + f.outcome(),
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())),
            (faultEnd - times[0]) / 1e3,
            before,
            after,
            before == after ? "none lost" : "DIFFERENT"));
  }

  private LoadRunner.Settings settings(int seconds) {
    return new LoadRunner.Settings(
        run.concurrency, Duration.ofSeconds(run.warmupSeconds), Duration.ofSeconds(seconds));
  }

  private LoadReport report(String file, LoadReport report) throws IOException {
    Files.writeString(out.resolve(file + ".json"), report.toJson(), StandardCharsets.UTF_8);
    note(report.table());
    return report;
  }

  private void note(String text) {
    log.println(text);
    summary.append(text).append(System.lineSeparator());
  }

  /** Moves every process this JVM started (and their threads) onto the server CPUs. */
  private void pinServers() throws IOException, InterruptedException {
    if (serverCpus.isBlank()) {
      return;
    }
    List<Long> pids = ProcessHandle.current().descendants().map(ProcessHandle::pid).toList();
    for (long pid : pids) {
      Process p =
          new ProcessBuilder("taskset", "-a", "-p", "-c", serverCpus, Long.toString(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.waitFor();
    }
  }

  private int master(ElasticsearchCluster cluster) throws IOException, InterruptedException {
    JsonNode master = getJson(cluster.node(0).httpUri().resolve("/_cat/master?format=json"));
    String name = master.get(0).path("node").asText();
    for (int i = 0; i < cluster.size(); i++) {
      if (cluster.node(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("no node is named " + name + ", the elected master");
  }

  private void awaitGreen(ElasticsearchCluster cluster, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < cluster.size(); i++) {
        if (!cluster.node(i).isRunning()) {
          continue;
        }
        try {
          JsonNode health =
              getJson(
                  cluster
                      .node(i)
                      .httpUri()
                      .resolve("/_cluster/health?wait_for_status=green&timeout=5s"));
          if ("green".equals(health.path("status").asText())) {
            return;
          }
        } catch (IOException e) {
          // that node is not answering; ask the next one
        }
        break;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the cluster did not become green within " + timeout);
  }

  private JsonNode getJson(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200 && r.statusCode() != 408) {
      throw new IOException(uri + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private static void sleepUntil(long epochMillis) throws InterruptedException {
    long wait = epochMillis - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  /**
   * The packaged platform in its own process, on its own data directory and its own embedded
   * PostgreSQL.
   */
  static final class Platform implements AutoCloseable {
    private final LoadSuite suite;
    private final Process process;
    private final Path logFile;
    private final URI uri;

    private Platform(LoadSuite suite, Process process, Path logFile, URI uri) {
      this.suite = suite;
      this.process = process;
      this.logFile = logFile;
      this.uri = uri;
    }

    static Platform start(LoadSuite suite, String name, List<String> settings) throws Exception {
      Path data = suite.work.resolve("platform-" + name).toAbsolutePath();
      deleteTree(data);
      Files.createDirectories(data);
      List<String> command = new ArrayList<>();
      if (!suite.serverCpus.isBlank()) {
        command.addAll(List.of("taskset", "-c", suite.serverCpus));
      }
      command.addAll(
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx" + suite.heap,
              "--add-modules",
              "jdk.incubator.vector",
              "--enable-native-access=ALL-UNNAMED",
              "-Dquarkus.profile=embedded",
              "-Dquarkus.http.host=127.0.0.1",
              "-Dquarkus.http.port=" + suite.port,
              // The embedded PostgreSQL goes under the data directory too (ADR 0005).
              "-Dcatalog.data-dir=" + data,
              "-Dcatalog.bootstrap.catalog-dir=" + suite.run.catalogDir.toAbsolutePath()));
      command.addAll(settings);
      command.addAll(List.of("-jar", suite.app.toAbsolutePath().toString()));
      Path logFile = suite.work.resolve("platform-" + name + ".log");
      long t0 = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(logFile.toFile())
              .start();
      Platform p =
          new Platform(suite, process, logFile, URI.create("http://127.0.0.1:" + suite.port));
      try {
        p.awaitServing(Duration.ofMinutes(20));
      } catch (Exception e) {
        p.close();
        throw e;
      }
      suite.note(
          String.format(
              Locale.ROOT,
              "%s: platform serving the catalog %.0f s after its start (log %s)",
              name,
              (System.nanoTime() - t0) / 1e9,
              logFile));
      return p;
    }

    /** The platform's process, for its peak memory. */
    ProcessHandle handle() {
      return process.toHandle();
    }

    URI uri() {
      return uri;
    }

    HttpTarget target(String runId) throws IOException, InterruptedException {
      return new HttpTarget(uri, runId + "-" + System.currentTimeMillis(), Duration.ofSeconds(30))
          .login();
    }

    /** Ready, and the search count is the same twice in a row: the catalog is loaded. */
    private void awaitServing(Duration timeout) throws Exception {
      long deadline = System.nanoTime() + timeout.toNanos();
      long last = -1;
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the platform exited with " + process.exitValue() + "; see " + logFile);
        }
        try {
          HttpResponse<String> ready =
              suite.http.send(
                  HttpRequest.newBuilder(uri.resolve("/q/health/ready")).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
          if (ready.statusCode() == 200) {
            long count = suite.getJson(uri.resolve("/api/search?size=1")).path("total").asLong();
            if (count > 0 && count == last) {
              return;
            }
            last = count;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(2000);
      }
      throw new IllegalStateException("the platform was not serving within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
