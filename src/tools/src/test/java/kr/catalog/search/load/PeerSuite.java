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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Product;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.tools.IcecatCatalog;
import kr.catalog.search.tools.Judgments;
import kr.catalog.search.tools.KoreanQuerySet;
import kr.catalog.search.tools.ToolOptions;
import kr.catalog.search.vocabulary.Vocabulary;
import kr.catalog.search.vocabulary.VocabularyFile;
import kr.catalog.testharness.ElasticsearchNode;
import kr.catalog.testharness.TestServers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The peer benchmark of issue 20: the same search mix sent to the platform (embedded Lucene) and to
 * each peer search engine through its own HTTP API, closed loop at each concurrency, one engine
 * running at a time (so each has the server CPUs and the memory to itself). Per engine: index time,
 * peak resident memory, the load tables, the ratios ours/peer, and the hit counts of the first
 * {@code --compare} searches of the mix compared with ours.
 *
 * <p>Each peer is started and stopped here; one that cannot be started is reported with the reason
 * and the others still run. Run it with {@code src/bench/peers.sh}.
 */
@Command(
    name = "peers",
    mixinStandardHelpOptions = true,
    description = "The platform against Meilisearch, OpenSearch and Solr on the same search mix.")
public final class PeerSuite implements Callable<Integer> {

  @Mixin ToolOptions.LoadRun run;

  @Option(names = "--app", description = "search-api quarkus-run.jar; without it, peers only")
  Path app;

  @Option(names = "--work", required = true, description = "directory for data, logs, results")
  Path work;

  @Option(names = "--port", defaultValue = "8092", description = "HTTP port of the platform")
  int port;

  @Option(names = "--heap", defaultValue = "2g", description = "the platform's -Xmx")
  String heap;

  @Option(
      names = "--server-cpus",
      defaultValue = "",
      description = "taskset CPU list for the platform and the peers (empty: no pinning)")
  String serverCpus;

  @Option(
      names = "--peers",
      split = ",",
      defaultValue = "meilisearch,opensearch,solr",
      description = "peers to run: meilisearch, opensearch, solr")
  List<String> peers;

  @Option(
      names = "--platform-jvm-option",
      description =
          "an extra JVM option for the platform (repeatable), e.g. -Xlog:gc:file=gc.log to see its"
              + " pauses, or a collector to compare")
  List<String> platformJvmOptions = new ArrayList<>();

  @Option(
      names = "--backends",
      split = ",",
      defaultValue = "lucene,elasticsearch",
      description =
          "our backends, each behind the platform's API: lucene, elasticsearch (a single node"
              + " from the test harness); the first one's hit counts are the reference")
  List<String> backends;

  @Option(
      names = "--concurrencies",
      split = ",",
      defaultValue = "1,8",
      description = "closed-loop workers, one run each")
  List<Integer> concurrencies;

  @Option(
      names = "--compare",
      defaultValue = "200",
      description = "first N search requests of the mix whose hit counts are compared with ours")
  int compare;

  @Option(
      names = "--icecat",
      description =
          "Icecat judgments CSV (products-*.json.zip beside it): NDCG@10 of each engine on it")
  Path icecatJudgments;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
  private final StringBuilder summary = new StringBuilder();
  private final HttpClient http = HttpClient.newHttpClient();

  /** Runs the suite. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new PeerSuite()).execute(args));
  }

  /** What one engine did: its runs by concurrency, index time, peak memory. */
  private record Engine(
      String name,
      String setup,
      double indexSeconds,
      long peakBytes,
      Map<Integer, LoadReport> runs,
      Double icecatNdcg,
      Double koreanNdcg) {}

  @Override
  public Integer call() throws Exception {
    System.setProperty(PeerProcess.CPUS, serverCpus);
    Path out = work.resolve("results");
    Files.createDirectories(out);
    summaryFile = out.resolve("summary.txt");
    Catalog catalog = new CatalogStore(run.catalogDir).read();
    List<LoadRequest> mix =
        LoadMix.generate(
            catalog,
            LoadMix.Context.catalogOnly(),
            LoadMix.searchOnly(LoadMix.DEFAULT_WEIGHTS),
            run.requests,
            run.seed);
    List<LoadRequest> compared =
        mix.stream()
            .filter(r -> r.intent().type() == SearchIntent.Type.SEARCH)
            .limit(compare)
            .toList();
    note(
        String.format(
            Locale.ROOT,
            "# peers %s: catalog %s (%d products), search mix of %d requests, seed %d,"
                + " concurrencies %s, warm-up %d s, %d s measured; server CPUs [%s]; machine %d"
                + " CPUs, load average %s",
            java.time.Instant.now(),
            catalog.version(),
            catalog.products().size(),
            mix.size(),
            run.seed,
            concurrencies,
            run.warmupSeconds,
            run.durationSeconds,
            serverCpus,
            Runtime.getRuntime().availableProcessors(),
            Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip()));
    List<Engine> engines = new ArrayList<>();
    List<Long> ourTotals = null;
    List<String> failed = new ArrayList<>();
    if (app != null) {
      LoadSuite host = new LoadSuite();
      host.run = run;
      host.app = app;
      host.work = work;
      host.port = port;
      host.heap = heap;
      host.serverCpus = serverCpus;
      for (String backend : backends) {
        List<String> settings;
        ElasticsearchNode node = null;
        if (backend.equals("lucene")) {
          settings = List.of("-Dcatalog.search.backend=lucene");
        } else if (backend.equals("elasticsearch")) {
          node = TestServers.elasticsearchNode();
          pin(ProcessHandle.current().pid(), true);
          settings =
              List.of(
                  "-Dcatalog.search.backend=elasticsearch",
                  "-Dcatalog.search.elasticsearch.hosts=" + String.join(",", node.httpHosts()),
                  "-Dcatalog.search.elasticsearch.replicas=0",
                  "-Dcatalog.search.elasticsearch.index-prefix=peers");
        } else {
          throw new CommandLine.ParameterException(
              new CommandLine(this), "--backends takes lucene and elasticsearch: " + backend);
        }
        settings = new ArrayList<>(settings);
        settings.addAll(platformJvmOptions);
        long t0 = System.nanoTime();
        try (LoadSuite.Platform p = LoadSuite.Platform.start(host, "peers-" + backend, settings)) {
          double ready = (System.nanoTime() - t0) / 1e9;
          List<Long> totals = new ArrayList<>();
          for (LoadRequest r : compared) {
            totals.add(getJson(p.uri().resolve(r.path())).path("total").asLong());
          }
          if (ourTotals == null) {
            ourTotals = totals;
          } else {
            long same = 0;
            for (int k = 0; k < totals.size(); k++) {
              same += totals.get(k).equals(ourTotals.get(k)) ? 1 : 0;
            }
            note(
                String.format(
                    Locale.ROOT,
                    "# hit counts, ours on %s against ours on %s: %d of %d the same",
                    backend,
                    backends.getFirst(),
                    same,
                    totals.size()));
          }
          Map<Integer, LoadReport> runs = new LinkedHashMap<>();
          for (int c : concurrencies) {
            runs.put(
                c,
                save(
                    out,
                    backend + "-c" + c,
                    LoadRunner.run(
                        "ours (" + backend + ") c" + c,
                        mix,
                        p.target("peers-" + backend + "-c" + c),
                        settings(c))));
          }
          if (totals == ourTotals) {
            // After the runs, so that the JVM is warm and the check measures the clients only.
            curlCheck(p.uri(), p.target("peers-curl-check"), mix);
          }
          long peak = PeerProcess.peakResidentBytes(p.handle());
          String setup =
              "the platform's API on embedded Lucene; index s = start-up to serving the catalog";
          if (node != null) {
            peak += elasticsearchPeak();
            setup =
                "the platform's API on a single Elasticsearch 8.19 node (512 MB heap, the"
                    + " harness's); index s = start-up to serving; peak = platform + node";
          }
          engines.add(
              new Engine(
                  "ours (" + backend + ")",
                  setup,
                  ready,
                  peak,
                  runs,
                  backend.equals("lucene") ? oursIcecat() : null,
                  koreanNdcg(
                      "ours (" + backend + ")",
                      catalog,
                      q -> {
                        List<String> keys = new ArrayList<>();
                        getJson(
                                p.uri()
                                    .resolve(
                                        "/api/search?size=10&q="
                                            + java.net.URLEncoder.encode(
                                                q, StandardCharsets.UTF_8)))
                            .path("hits")
                            .forEach(h -> keys.add(h.path("code").asText()));
                        return keys;
                      })));
        } finally {
          if (node != null) {
            node.stopKeepingData();
          }
        }
      }
    }
    for (String name : peers) {
      SearchPeer peer;
      try {
        peer =
            switch (name) {
              case "meilisearch" -> MeilisearchPeer.start(work, catalog, log);
              case "opensearch" -> OpenSearchPeer.start(work, catalog, log);
              case "solr" -> SolrPeer.start(work, catalog, log);
              default -> throw new PeerProcess.PeerUnavailable(name, "no such peer is known");
            };
      } catch (PeerProcess.PeerUnavailable e) {
        note("PEER NOT RUN: " + e.getMessage());
        failed.add(name);
        continue;
      } catch (Exception e) {
        note("PEER NOT RUN: " + name + " could not be loaded: " + e);
        failed.add(name);
        continue;
      }
      try (peer) {
        pin(peer.server.pid(), false);
        Double ndcg = peerIcecat(peer);
        if (ourTotals != null) {
          note(hitCounts(peer, compared, ourTotals));
        }
        Map<Integer, LoadReport> runs = new LinkedHashMap<>();
        for (int c : concurrencies) {
          runs.put(
              c,
              save(
                  out,
                  name + "-c" + c,
                  LoadRunner.run(peer.label() + " c" + c, mix, peer, settings(c))));
        }
        engines.add(
            new Engine(
                peer.label(),
                peer.setup(),
                peer.indexSeconds,
                peer.server.peakResidentBytes(),
                runs,
                ndcg,
                koreanNdcg(peer.label(), catalog, q -> codes(peer.rank("products", q, 10)))));
      } catch (Exception e) {
        // Said plainly, and the other engines still run.
        note("PEER FAILED: " + name + " stopped during its runs: " + e);
        failed.add(name);
      }
    }
    note(overview(engines));
    for (int c : concurrencies) {
      for (Engine ours : engines) {
        if (!ours.name().startsWith("ours")) {
          continue;
        }
        for (Engine peer : engines) {
          if (!peer.name().startsWith("ours")) {
            note(LoadReport.compare(ours.runs().get(c), peer.runs().get(c)));
          }
        }
      }
    }
    if (!failed.isEmpty()) {
      note("# peers that did not run: " + failed);
    }
    Files.writeString(out.resolve("summary.txt"), summary.toString(), StandardCharsets.UTF_8);
    log.println("# reports in " + out);
    return failed.isEmpty() ? 0 : 3;
  }

  private String overview(List<Engine> engines) {
    StringBuilder sb = new StringBuilder("# engines\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "%-22s %10s %10s %12s %12s %s%n",
            "engine",
            "index s",
            "peak MiB",
            "icecat NDCG",
            "korean NDCG",
            "set-up"));
    for (Engine e : engines) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-22s %10.1f %10d %12s %12s %s%n",
              e.name(),
              e.indexSeconds(),
              e.peakBytes() >> 20,
              e.icecatNdcg() == null ? "-" : String.format(Locale.ROOT, "%.4f", e.icecatNdcg()),
              e.koreanNdcg() == null ? "-" : String.format(Locale.ROOT, "%.4f", e.koreanNdcg()),
              e.setup()));
    }
    sb.append(String.format(Locale.ROOT, "%n%-22s %5s %10s", "engine", "conc", "req/s"));
    List<String> kinds =
        List.of(
            "search.text", "search.filters", "search.browse", "lookup.code", "suggest", "makers");
    for (String k : kinds) {
      sb.append(String.format(Locale.ROOT, " %22s", k + " p50/p99"));
    }
    sb.append('\n');
    for (Engine e : engines) {
      for (Map.Entry<Integer, LoadReport> r : e.runs().entrySet()) {
        LoadReport rep = r.getValue();
        sb.append(
            String.format(
                Locale.ROOT, "%-22s %5d %10.1f", e.name(), r.getKey(), rep.total().throughput()));
        for (String k : kinds) {
          LoadReport.Row row = rep.row(k);
          sb.append(
              String.format(
                  Locale.ROOT,
                  " %22s",
                  row == null
                      ? "-"
                      : String.format(Locale.ROOT, "%.2f/%.2f", row.p50Ms(), row.p99Ms())));
        }
        sb.append(String.format(Locale.ROOT, "  errors %d%n", rep.total().errors()));
      }
    }
    return sb.toString();
  }

  /**
   * Ours on the Icecat judgments: the platform's Lucene search backend in this JVM, as the
   * relevance command measures it (the same code the API runs; the API serves the catalog of the
   * load runs, not Icecat).
   */
  private Double oursIcecat() throws Exception {
    if (icecatJudgments == null) {
      return null;
    }
    Judgments judgments = Judgments.read(icecatJudgments);
    IcecatCatalog icecat = IcecatCatalog.read(icecatJudgments.toAbsolutePath().getParent());
    Path dir = Files.createTempDirectory(work, "icecat-lucene");
    try (SearchBackend lucene = SearchBackends.lucene(dir)) {
      lucene.replaceCatalog(icecat.catalog());
      lucene.useVocabulary(Vocabulary.of(VocabularyFile.shipped()));
      return icecatNdcg(
          "ours (lucene)",
          judgments,
          q -> {
            List<String> ids = new ArrayList<>();
            lucene
                .search(new SearchQuery.Builder(q).page(SearchQuery.Page.first(10)).build())
                .hits()
                .forEach(h -> ids.add(icecat.icecatId(h.codeKey())));
            return ids;
          });
    }
  }

  /** The peer on the Icecat judgments: a second index with the same set-up. */
  private Double peerIcecat(SearchPeer peer) throws Exception {
    if (icecatJudgments == null) {
      return null;
    }
    Judgments judgments = Judgments.read(icecatJudgments);
    IcecatCatalog icecat = IcecatCatalog.read(icecatJudgments.toAbsolutePath().getParent());
    peer.createIndex("icecat", SearchPeer.documents(icecat.catalog()));
    return icecatNdcg(
        peer.label(),
        judgments,
        q -> peer.rank("icecat", q, 10).stream().map(icecat::icecatId).toList());
  }

  /** Codes of the products with these code keys, in order. */
  private List<String> codes(List<String> codeKeys) {
    return codeKeys.stream().map(k -> byKey.containsKey(k) ? byKey.get(k).code() : k).toList();
  }

  private final Map<String, Product> byKey = new java.util.HashMap<>();
  private final Map<String, Product> byCode = new java.util.HashMap<>();

  /**
   * NDCG@10 on the judged Korean query set ({@link KoreanQuerySet}, graded by category and maker as
   * {@code korean-relevance} does); queries no searchable product of this catalog means are left
   * out. The ranker gives product codes.
   */
  private Double koreanNdcg(String engine, Catalog catalog, Ranker ranker) throws Exception {
    if (byCode.isEmpty()) {
      catalog.products().forEach(p -> byKey.put(p.codeKey(), p));
      catalog.products().forEach(p -> byCode.put(p.code(), p));
    }
    double sum = 0;
    int n = 0;
    for (KoreanQuerySet.Query q : KoreanQuerySet.shipped().queries()) {
      Map<Integer, Long> counts = KoreanQuerySet.gradeCounts(q, catalog);
      if (counts.getOrDefault(3, 0L) == 0) {
        continue;
      }
      List<String> ranking = ranker.rank(q.text());
      double dcg = 0;
      for (int i = 0; i < Math.min(10, ranking.size()); i++) {
        Product p = byCode.get(ranking.get(i));
        dcg += p == null ? 0 : gain(q.grade(p)) / log2(i + 2);
      }
      double ideal = 0;
      int position = 0;
      for (int grade = 3; grade >= 1 && position < 10; grade--) {
        for (long i = 0; i < counts.getOrDefault(grade, 0L) && position < 10; i++, position++) {
          ideal += gain(grade) / log2(position + 2);
        }
      }
      sum += dcg / ideal;
      n++;
    }
    double ndcg = n == 0 ? 0 : sum / n;
    note(
        String.format(
            Locale.ROOT, "korean NDCG@10 %s: %.4f over %d judged queries", engine, ndcg, n));
    return ndcg;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  private interface Ranker {
    List<String> rank(String query) throws Exception;
  }

  private double icecatNdcg(String engine, Judgments judgments, Ranker ranker) throws Exception {
    List<String> queries = judgments.queries().stream().filter(judgments::hasRelevant).toList();
    double sum = 0;
    for (String q : queries) {
      sum += judgments.ndcg(q, ranker.rank(q), 10);
    }
    double ndcg = queries.isEmpty() ? 0 : sum / queries.size();
    note(
        String.format(
            Locale.ROOT, "icecat NDCG@10 %s: %.4f over %d queries", engine, ndcg, queries.size()));
    return ndcg;
  }

  /**
   * The load client checked against {@code curl -w}: the same first requests of the mix sent one
   * after the other by curl (a fresh connection each, so its figure includes the TCP connect) and
   * by this JVM's client (the load driver's HttpTarget, kept alive). A client that adds a fixed
   * delay (the 40 ms delayed-ACK floor seen with {@code hey}) shows up as a large gap here.
   */
  private void curlCheck(URI base, LoadRunner.Target client, List<LoadRequest> mix)
      throws Exception {
    int n = Math.min(40, mix.size());
    List<Double> curl = new ArrayList<>();
    List<Double> ours = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      URI uri = base.resolve(mix.get(k).path());
      Process p =
          new ProcessBuilder(
                  "curl",
                  "-s",
                  "-o",
                  "/dev/null",
                  "-w",
                  "%{http_code} %{time_total}",
                  uri.toString())
              .redirectErrorStream(true)
              .start();
      String[] r =
          new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
      p.waitFor();
      if (r.length == 2 && r[0].equals("200")) {
        curl.add(Double.parseDouble(r[1]) * 1000);
      }
      long t0 = System.nanoTime();
      client.send(mix.get(k), 0);
      ours.add((System.nanoTime() - t0) / 1e6);
    }
    curl.sort(null);
    ours.sort(null);
    note(
        String.format(
            Locale.ROOT,
            "# client check on %d requests one at a time: curl -w median %.2f ms, this JVM's"
                + " client median %.2f ms (curl answered 200 to %d)",
            n,
            curl.isEmpty() ? Double.NaN : curl.get(curl.size() / 2),
            ours.get(ours.size() / 2),
            curl.size()));
  }

  /** Our totals against the peer's on the same searches: how many agree, and the largest gaps. */
  private static String hitCounts(SearchPeer peer, List<LoadRequest> compared, List<Long> ours)
      throws Exception {
    int same = 0;
    int peerMore = 0;
    int peerFewer = 0;
    int peerNone = 0;
    List<String> gaps = new ArrayList<>();
    for (int k = 0; k < compared.size(); k++) {
      LoadRequest r = compared.get(k);
      long theirs = peer.total(r.intent());
      long mine = ours.get(k);
      if (theirs == mine) {
        same++;
      } else {
        if (theirs > mine) {
          peerMore++;
        } else {
          peerFewer++;
        }
        if (theirs == 0 && mine > 0) {
          peerNone++;
        }
        gaps.add(String.format(Locale.ROOT, "%8d %8d  %s %s", mine, theirs, r.kind(), r.path()));
      }
    }
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "# hit counts, %s against ours, first %d searches of the mix: %d the same, %d more,"
                    + " %d fewer (%d none where we found some)%n",
                peer.label(),
                compared.size(),
                same,
                peerMore,
                peerFewer,
                peerNone));
    sb.append(String.format(Locale.ROOT, "%8s %8s  %s%n", "ours", "peer", "request"));
    gaps.stream().limit(15).forEach(g -> sb.append(g).append('\n'));
    return sb.toString();
  }

  private LoadRunner.Settings settings(int concurrency) {
    return new LoadRunner.Settings(
        concurrency,
        Duration.ofSeconds(run.warmupSeconds),
        Duration.ofSeconds(run.durationSeconds));
  }

  private LoadReport save(Path out, String file, LoadReport report) throws IOException {
    Files.writeString(out.resolve(file + ".json"), report.toJson(), StandardCharsets.UTF_8);
    note(report.table());
    return report;
  }

  private void note(String text) {
    log.println(text);
    summary.append(text).append(System.lineSeparator());
    if (summaryFile != null) {
      try {
        // Written as it grows, so that a run that fails late keeps what it measured.
        Files.writeString(summaryFile, summary.toString(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        log.println("# cannot write " + summaryFile + ": " + e);
      }
    }
  }

  private Path summaryFile;

  /**
   * Peak resident memory of the harness's Elasticsearch processes this JVM started (its launcher
   * JVM and its server JVM), each counted once.
   */
  private static long elasticsearchPeak() {
    return ProcessHandle.current()
        .descendants()
        .filter(h -> h.info().commandLine().orElse("").contains("org.elasticsearch"))
        .mapToLong(h -> PeerProcess.ownPeakBytes(h.pid()))
        .sum();
  }

  /**
   * Moves a process tree (every thread) onto the server CPUs; with {@code childrenOnly}, the
   * processes this JVM started and not this JVM.
   */
  private void pin(long pid, boolean childrenOnly) throws IOException, InterruptedException {
    if (serverCpus.isBlank()) {
      return;
    }
    ProcessHandle root = ProcessHandle.of(pid).orElse(null);
    if (root == null) {
      return;
    }
    List<Long> pids = new ArrayList<>();
    if (!childrenOnly) {
      pids.add(pid);
    }
    root.descendants().forEach(h -> pids.add(h.pid()));
    for (long p : pids) {
      new ProcessBuilder("taskset", "-a", "-p", "-c", serverCpus, Long.toString(p))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    }
  }

  private JsonNode getJson(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(uri + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }
}
