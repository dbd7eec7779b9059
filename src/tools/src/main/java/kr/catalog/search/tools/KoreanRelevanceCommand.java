package kr.catalog.search.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.search.vocabulary.Vocabulary;
import kr.catalog.search.vocabulary.VocabularyFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures the judged Korean query set ({@link KoreanQuerySet}) on an ingested catalog (the full
 * generated one: 133,323 products): NDCG@10, P@10 and the zero-result rate of each backend with the
 * shipped vocabulary and without it, and of a plain BM25 baseline; per kind of typing too.
 */
@Command(
    name = "korean-relevance",
    mixinStandardHelpOptions = true,
    description = "NDCG@10, P@10 and zero-result rate on the judged Korean query set.")
public final class KoreanRelevanceCommand implements Callable<Integer> {

  static final int K = 10;

  @Option(
      names = "--catalog",
      required = true,
      description = "ingested catalog directory (catalog-ingest output)")
  Path catalogDir;

  @Option(names = "--queries", description = "query set TSV (default: the shipped set)")
  Path queriesFile;

  @Option(
      names = "--icecat",
      description = "also print the Icecat NDCG@10 of the relevance command for this judgments CSV")
  Path icecatJudgments;

  @Mixin ToolOptions.Backends backends;

  @Option(names = "--ranked", description = "print each query's figures per system")
  boolean ranked;

  @Option(names = "--index-dir", description = "Lucene index directory (default: a temp dir)")
  Path indexDir;

  private final PrintWriter out;

  KoreanRelevanceCommand(PrintWriter out) {
    this.out = out;
  }

  /** Runs the command; exit code 0 when it completed. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(new CommandLine(new KoreanRelevanceCommand(out)).execute(args));
  }

  /** The figures of one system over the set, overall and per kind of typing. */
  record Figures(double ndcg, double precision, double zeroRate, Map<String, double[]> byKind) {}

  @Override
  public Integer call() throws Exception {
    Catalog catalog = new CatalogStore(catalogDir).read();
    KoreanQuerySet set =
        queriesFile == null ? KoreanQuerySet.shipped() : KoreanQuerySet.read(queriesFile);
    List<Judged> judged = new ArrayList<>();
    for (KoreanQuerySet.Query q : set.queries()) {
      Map<Integer, Long> counts = KoreanQuerySet.gradeCounts(q, catalog);
      if (counts.getOrDefault(3, 0L) == 0) {
        out.printf(Locale.ROOT, "# left out (no product means it): %s%n", q.text());
        continue;
      }
      judged.add(new Judged(q, counts));
    }
    out.printf(
        Locale.ROOT,
        "# catalog %s: %d products; %d judged Korean queries%n",
        catalog.version(),
        catalog.products().size(),
        judged.size());
    Map<String, Product> byKey = new HashMap<>();
    catalog.products().forEach(p -> byKey.put(p.codeKey(), p));
    Vocabulary shipped = Vocabulary.of(VocabularyFile.shipped());

    Map<String, Figures> results = new LinkedHashMap<>();
    try (BaselineBm25 baseline = new BaselineBm25(records(catalog))) {
      results.put(
          "baseline",
          measure(
              "baseline",
              judged,
              q -> {
                List<Product> hits = new ArrayList<>();
                for (String id : baseline.search(q, K)) {
                  hits.add(byKey.get(id));
                }
                return new Ranking(hits, hits.size());
              }));
    }
    Path dir = indexDir != null ? indexDir : Files.createTempDirectory("korean-relevance");
    try (SearchBackend lucene = SearchBackends.lucene(dir)) {
      lucene.replaceCatalog(catalog);
      measureBoth("lucene", lucene, shipped, judged, byKey, results);
    }
    if (!backends.elasticsearchHosts.isEmpty()) {
      try (SearchBackend es =
          SearchBackends.elasticsearch(backends.elasticsearchHosts, "relevance-korean", 0)) {
        es.replaceCatalog(catalog);
        measureBoth("elasticsearch", es, shipped, judged, byKey, results);
      }
    }
    for (String metric : List.of("NDCG@10", "P@10", "ZERO")) {
      results.forEach(
          (system, f) ->
              out.printf(
                  Locale.ROOT,
                  "%s %s %.4f%n",
                  metric,
                  system,
                  switch (metric) {
                    case "NDCG@10" -> f.ndcg();
                    case "P@10" -> f.precision();
                    default -> f.zeroRate();
                  }));
    }
    out.println("# per kind: kind system queries NDCG@10 P@10 ZERO");
    results.forEach(
        (system, f) ->
            f.byKind()
                .forEach(
                    (kind, v) ->
                        out.printf(
                            Locale.ROOT,
                            "# kind %s %s %d %.4f %.4f %.4f%n",
                            kind,
                            system,
                            (long) v[3],
                            v[0] / v[3],
                            v[1] / v[3],
                            v[2] / v[3])));
    if (icecatJudgments != null) {
      RelevanceCommand icecat = new RelevanceCommand(out);
      icecat.judgmentsFile = icecatJudgments;
      icecat.backends = backends;
      icecat
          .evaluate()
          .forEach(
              (system, ndcg) -> out.printf(Locale.ROOT, "NDCG@10 icecat-%s %.4f%n", system, ndcg));
    }
    return 0;
  }

  private void measureBoth(
      String name,
      SearchBackend backend,
      Vocabulary shipped,
      List<Judged> judged,
      Map<String, Product> byKey,
      Map<String, Figures> results)
      throws IOException {
    backend.useVocabulary(shipped);
    results.put(name, measure(name, judged, q -> search(backend, byKey, q)));
    backend.useVocabulary(Vocabulary.EMPTY);
    results.put(
        name + "-no-vocabulary",
        measure(name + "-no-vocabulary", judged, q -> search(backend, byKey, q)));
  }

  private static Ranking search(SearchBackend backend, Map<String, Product> byKey, String text) {
    SearchResult r =
        backend.search(new SearchQuery.Builder(text).page(SearchQuery.Page.first(K)).build());
    List<Product> hits = new ArrayList<>();
    r.hits().forEach(h -> hits.add(byKey.get(h.codeKey())));
    return new Ranking(hits, r.total());
  }

  /** A query with how many searchable products have each grade. */
  private record Judged(KoreanQuerySet.Query query, Map<Integer, Long> counts) {}

  /** The top hits of one query and how many matched in all. */
  private record Ranking(List<Product> top, long total) {}

  private interface Ranker {
    Ranking rank(String query) throws IOException;
  }

  private Figures measure(String system, List<Judged> judged, Ranker ranker) throws IOException {
    double ndcgSum = 0;
    double precisionSum = 0;
    int zero = 0;
    // kind -> {ndcg sum, precision sum, zero count, queries}
    Map<String, double[]> byKind = new TreeMap<>();
    for (Judged j : judged) {
      Ranking r = ranker.rank(j.query().text());
      double dcg = 0;
      int relevant = 0;
      for (int i = 0; i < Math.min(K, r.top().size()); i++) {
        int grade = j.query().grade(r.top().get(i));
        dcg += gain(grade) / log2(i + 2);
        if (grade == 3) {
          relevant++;
        }
      }
      double ndcg = dcg / idealDcg(j.counts());
      // Precision over the positions that could hold a fully relevant product.
      double precision = relevant / (double) Math.min(K, j.counts().get(3));
      boolean none = r.total() == 0;
      ndcgSum += ndcg;
      precisionSum += precision;
      zero += none ? 1 : 0;
      double[] k = byKind.computeIfAbsent(j.query().kind(), x -> new double[4]);
      k[0] += ndcg;
      k[1] += precision;
      k[2] += none ? 1 : 0;
      k[3] += 1;
      if (ranked) {
        out.printf(
            Locale.ROOT,
            "%s\t%s\t%s\t%.4f\t%.2f\t%d%n",
            system,
            j.query().kind(),
            j.query().text(),
            ndcg,
            precision,
            r.total());
      }
    }
    int n = judged.size();
    return new Figures(ndcgSum / n, precisionSum / n, zero / (double) n, byKind);
  }

  private static double idealDcg(Map<Integer, Long> counts) {
    double ideal = 0;
    int position = 0;
    for (int grade = 3; grade >= 1 && position < K; grade--) {
      long n = counts.getOrDefault(grade, 0L);
      for (long i = 0; i < n && position < K; i++, position++) {
        ideal += gain(grade) / log2(position + 2);
      }
    }
    return ideal;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  /**
   * The baseline's documents: a generic engine's view of a product (names in both languages as the
   * title; maker and category names as the description), analysed by Lucene's standard analyzer.
   */
  private static List<IcecatCatalog.Record> records(Catalog catalog) {
    Map<String, Maker> makers = new HashMap<>();
    catalog.makers().forEach(m -> makers.put(m.id(), m));
    Map<String, Category> categories = new HashMap<>();
    catalog.categories().forEach(c -> categories.put(c.id(), c));
    List<IcecatCatalog.Record> records = new ArrayList<>();
    for (Product p : catalog.products()) {
      if (p.discontinued()) {
        continue;
      }
      Maker m = makers.get(p.makerId());
      Category c = categories.get(p.categoryId());
      String description =
          (m == null ? "" : m.nameKo() + " " + m.nameEn())
              + " "
              + (c == null ? "" : c.nameKo() + " " + c.nameEn());
      records.add(
          new IcecatCatalog.Record(p.codeKey(), p.nameKo() + " " + p.nameEn(), description));
    }
    return records;
  }
}
