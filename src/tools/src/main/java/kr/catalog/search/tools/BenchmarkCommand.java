package kr.catalog.search.tools;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.NodesStatsResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.sample.CatalogGenerator;
import kr.catalog.sample.GeneratedFeeds;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.vocabulary.Vocabulary;
import kr.catalog.search.vocabulary.VocabularyFile;
import org.HdrHistogram.Histogram;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Load benchmark of the backends on a full-size catalog: index build time, latency percentiles of a
 * fixed mixed request set at each concurrency, and heap used. Prints one line per measurement.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = "Build time, p50/p99 latency at concurrency 1 and 8, and heap per backend.")
public final class BenchmarkCommand implements Callable<Integer> {

  @Option(
      names = "--size",
      description = "generate a catalog of this size: FULL (133,323 products) or SAMPLE",
      defaultValue = "FULL")
  CatalogGenerator.Size size;

  @Option(names = "--catalog", description = "read an ingested catalog directory instead")
  Path catalogDir;

  @Mixin ToolOptions.Backends backends;

  @Option(names = "--skip-lucene", description = "measure only Elasticsearch")
  boolean skipLucene;

  @Option(
      names = "--requests",
      description = "measured requests per concurrency level",
      defaultValue = "4000")
  int requests;

  @Option(names = "--warmup", description = "requests run before measuring", defaultValue = "2000")
  int warmup;

  @Option(
      names = "--concurrency",
      split = ",",
      description = "concurrency levels",
      defaultValue = "1,8")
  List<Integer> concurrency;

  @Option(
      names = "--mix",
      description =
          "default (searches, lookups, maker search), identifiers (lookups by catalog code,"
              + " model number, supplier code and barcode in equal shares) or kinds (exact,"
              + " corrected and vocabulary-expanded texts of the Korean query set and identifier"
              + " lookups in equal shares, with the shipped trade vocabulary)",
      defaultValue = "default")
  String mix;

  @Option(
      names = "--strip-identifiers",
      description =
          "index the catalog without model numbers, supplier codes and barcodes (the index as it"
              + " was before they existed), to measure the same requests before and after")
  boolean stripIdentifiers;

  @Option(
      names = "--api",
      description =
          "base URL of a running platform serving the same catalog (e.g. http://127.0.0.1:8091):"
              + " the same requests are also sent over HTTP and compared with each backend")
  URI api;

  @Option(
      names = "--as-typed",
      description =
          "with --mix kinds: run every text as typed only (exact=true: no correction), the"
              + " platform's search before typo tolerance, to measure the kinds before and after")
  boolean asTyped;

  @Option(
      names = "--typos",
      description =
          "measure free text as the catalog spells it and with one typo (TypoMix) instead of the"
              + " mixed request set")
  boolean typos;

  private final PrintWriter out;
  private final Map<String, Map<Integer, Histogram>> rawByBackend = new LinkedHashMap<>();

  BenchmarkCommand(PrintWriter out) {
    this.out = out;
  }

  /** Runs the command. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(new CommandLine(new BenchmarkCommand(out)).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Catalog catalog = loadCatalog();
    out.printf(
        Locale.ROOT,
        "# catalog %s: %d products, %d makers, %d categories; %d cores; JVM %s, max heap %d MiB%n",
        catalog.version(),
        catalog.products().size(),
        catalog.makers().size(),
        catalog.categories().size(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    if (!List.of("default", "identifiers", "kinds").contains(mix)) {
      throw new IllegalArgumentException("--mix is default, identifiers or kinds: " + mix);
    }
    List<QueryMix.Request> warm = requests(catalog, warmup, 7L);
    List<QueryMix.Request> measured = requests(catalog, requests, 20_261_123L);
    if (stripIdentifiers) {
      // The requests are drawn first, from the identifiers; the index then has none of them.
      catalog =
          new Catalog(
              catalog.version(),
              catalog.makers(),
              catalog.categories(),
              catalog.products().stream().map(p -> p.withIdentifiers(List.of())).toList(),
              catalog.assets(),
              catalog.bookPages());
      out.printf(Locale.ROOT, "# identifiers stripped from the index%n");
    }
    Map<String, Long> kinds = new LinkedHashMap<>();
    measured.forEach(r -> kinds.merge(r.kind(), 1L, Long::sum));
    out.printf(Locale.ROOT, "# request mix %s%n", kinds);
    if (!skipLucene) {
      Path dir = Files.createTempDirectory("benchmark-lucene");
      try (SearchBackend lucene = SearchBackends.lucene(dir)) {
        measure(lucene, catalog, warm, measured);
        out.printf(Locale.ROOT, "lucene index-size %d MiB%n", sizeOf(dir) >> 20);
      } finally {
        deleteTree(dir);
      }
    }
    if (!backends.elasticsearchHosts.isEmpty()) {
      try (SearchBackend es =
          SearchBackends.elasticsearch(backends.elasticsearchHosts, "benchmark", 0)) {
        measure(es, catalog, warm, measured);
        out.printf(
            Locale.ROOT, "elasticsearch server-heap-used %d MiB%n", elasticsearchHeap() >> 20);
      }
    }
    if (api != null) {
      measureApi(warm, measured);
    }
    return 0;
  }

  private List<QueryMix.Request> requests(Catalog catalog, int count, long seed) {
    return switch (mix) {
      case "identifiers" -> QueryMix.identifierLookups(catalog, count, seed);
      case "kinds" -> QueryKindsMix.of(catalog, count, seed, asTyped);
      default -> typos ? TypoMix.of(catalog, count, seed) : QueryMix.of(catalog, count, seed);
    };
  }

  private Catalog loadCatalog() throws IOException {
    if (catalogDir != null) {
      return new CatalogStore(catalogDir).read();
    }
    Path feeds = Files.createTempDirectory("benchmark-feeds");
    try {
      GeneratedFeeds generated = new CatalogGenerator(size).generate(feeds, Progress.NONE);
      // The generator's canonical catalog is exactly what ingesting its feeds yields.
      return new Catalog(
          "generated-" + size.name().toLowerCase(Locale.ROOT),
          generated.makers(),
          generated.categories(),
          generated.products(),
          List.of(),
          List.of());
    } finally {
      deleteTree(feeds);
    }
  }

  private void measure(
      SearchBackend backend,
      Catalog catalog,
      List<QueryMix.Request> warm,
      List<QueryMix.Request> measured)
      throws Exception {
    String name = backend.name();
    System.gc();
    long heapBefore = heapUsed();
    if (mix.equals("kinds")) {
      // As the platform serves: the vocabulary-expanded kind needs the trade's vocabulary.
      backend.useVocabulary(Vocabulary.of(VocabularyFile.shipped()));
    }
    long start = System.nanoTime();
    backend.replaceCatalog(catalog);
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "%s build %.1f s (%d products)%n", name, buildSeconds, backend.count());
    System.gc();
    out.printf(
        Locale.ROOT,
        "%s heap-used-after-build %d MiB (client JVM, after GC; %d MiB before)%n",
        name,
        heapUsed() >> 20,
        heapBefore >> 20);
    run(warm, 2, r -> r.run().accept(backend));
    for (int threads : concurrency) {
      Latencies latencies = run(measured, threads, r -> r.run().accept(backend));
      print(name + " concurrency " + threads, latencies.all());
      latencies.byKind().forEach((kind, h) -> print("  " + name + " c" + threads + " " + kind, h));
      rawByBackend.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(threads, latencies.all());
    }
  }

  /**
   * Sends the same requests to the platform's HTTP API and compares its percentiles with each raw
   * backend's from this run: what the API (HTTP, validation, JSON, mapping) adds.
   */
  private void measureApi(List<QueryMix.Request> warm, List<QueryMix.Request> measured)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
    java.util.function.Consumer<QueryMix.Request> send =
        r -> {
          HttpRequest request =
              HttpRequest.newBuilder(api.resolve(r.apiPath()))
                  .timeout(Duration.ofSeconds(30))
                  .header("Accept", "application/json")
                  .build();
          try {
            HttpResponse<byte[]> response =
                http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              failures.incrementAndGet();
            }
          } catch (java.io.IOException e) {
            failures.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        };
    run(warm, 2, send);
    failures.set(0);
    for (int threads : concurrency) {
      Latencies latencies = run(measured, threads, send);
      print("api concurrency " + threads, latencies.all());
      latencies.byKind().forEach((kind, h) -> print("  api c" + threads + " " + kind, h));
      out.printf(Locale.ROOT, "api c%d non-200 answers %d%n", threads, failures.getAndSet(0));
      for (var backend : rawByBackend.entrySet()) {
        Histogram raw = backend.getValue().get(threads);
        out.printf(
            Locale.ROOT,
            "api/%s c%d: p50 x%.2f, p99 x%.2f (API adds %.2f ms at p99)%n",
            backend.getKey(),
            threads,
            ratio(latencies.all(), raw, 50),
            ratio(latencies.all(), raw, 99),
            (latencies.all().getValueAtPercentile(99) - raw.getValueAtPercentile(99)) / 1e6);
      }
    }
  }

  private static double ratio(Histogram api, Histogram raw, double percentile) {
    return (double) api.getValueAtPercentile(percentile) / raw.getValueAtPercentile(percentile);
  }

  private void print(String label, Histogram h) {
    out.printf(
        Locale.ROOT,
        "%s: p50 %.2f ms, p99 %.2f ms, max %.1f ms, %d requests%n",
        label,
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getMaxValue() / 1e6,
        h.getTotalCount());
  }

  /** Latencies in nanoseconds, over all requests and per kind of request. */
  private record Latencies(Histogram all, Map<String, Histogram> byKind) {
    Latencies() {
      this(new Histogram(60_000_000_000L, 3), new java.util.TreeMap<>());
    }

    void record(String kind, long nanos) {
      all.recordValue(nanos);
      byKind.computeIfAbsent(kind, k -> new Histogram(60_000_000_000L, 3)).recordValue(nanos);
    }

    void add(Latencies other) {
      all.add(other.all());
      other
          .byKind()
          .forEach(
              (k, h) -> byKind.computeIfAbsent(k, x -> new Histogram(60_000_000_000L, 3)).add(h));
    }
  }

  /** Runs the requests split over {@code threads} threads, each executed by {@code execute}. */
  private static Latencies run(
      List<QueryMix.Request> requests,
      int threads,
      java.util.function.Consumer<QueryMix.Request> execute)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Latencies>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        parts.add(
            pool.submit(
                () -> {
                  Latencies h = new Latencies();
                  for (int i = offset; i < requests.size(); i += threads) {
                    QueryMix.Request r = requests.get(i);
                    long t0 = System.nanoTime();
                    execute.accept(r);
                    h.record(r.kind(), System.nanoTime() - t0);
                  }
                  return h;
                }));
      }
      Latencies all = new Latencies();
      for (Future<Latencies> part : parts) {
        all.add(part.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private long elasticsearchHeap() throws IOException {
    HttpHost[] hosts =
        backends.elasticsearchHosts.stream().map(HttpHost::create).toArray(HttpHost[]::new);
    try (RestClient rest = RestClient.builder(hosts).build()) {
      ElasticsearchClient client =
          new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
      NodesStatsResponse stats = client.nodes().stats(s -> s.metric("jvm"));
      return stats.nodes().values().stream()
          .mapToLong(
              n -> n.jvm() == null || n.jvm().mem() == null ? 0 : n.jvm().mem().heapUsedInBytes())
          .sum();
    }
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
