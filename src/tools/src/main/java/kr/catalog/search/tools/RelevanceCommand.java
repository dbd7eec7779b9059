package kr.catalog.search.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Parameters;

/**
 * Measures NDCG@10 of each backend on the Icecat products against human judgments, next to a plain
 * BM25 baseline built in the same run, and prints {@code NDCG@10 <system> <value>} per system.
 */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    description = "NDCG@10 of the search backends vs a plain BM25 baseline on Icecat judgments.")
public final class RelevanceCommand implements Callable<Integer> {

  /** Rank cut-off of the metric. */
  static final int K = 10;

  @Parameters(index = "0", description = "judgments CSV: query,docid,rating (0-3)")
  Path judgmentsFile;

  @Option(
      names = "--products",
      description = "directory of products-*.json.zip (default: the judgments file's directory)")
  Path productsDir;

  @Mixin ToolOptions.Backends backends;

  @Option(names = "--ranked", description = "print the top ids per query and system")
  boolean ranked;

  @Option(
      names = "--exact",
      description =
          "run every query exactly as typed, without typo correction (the figures before it)")
  boolean exact;

  @Option(names = "--index-dir", description = "Lucene index directory (default: a temp dir)")
  Path indexDir;

  @Option(
      names = "--vocabulary",
      defaultValue = "shipped",
      description =
          "the trade vocabulary searches expand with, as the platform does: shipped (default) or"
              + " none")
  String vocabulary;

  /** The vocabulary of {@link #vocabulary}: the shipped file, or none. */
  private Vocabulary vocabulary() {
    return switch (vocabulary == null ? "shipped" : vocabulary) {
      case "shipped" -> Vocabulary.of(VocabularyFile.shipped());
      case "none" -> Vocabulary.EMPTY;
      default ->
          throw new CommandLine.ParameterException(
              new CommandLine(this), "--vocabulary must be shipped or none: " + vocabulary);
    };
  }

  private final PrintWriter out;

  RelevanceCommand(PrintWriter out) {
    this.out = out;
  }

  /** Runs the command; exit code 0 when it completed. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(new CommandLine(new RelevanceCommand(out)).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Map<String, Double> scores = evaluate();
    scores.forEach((system, ndcg) -> out.printf(Locale.ROOT, "NDCG@%d %s %.4f%n", K, system, ndcg));
    double baseline = scores.get("baseline-bm25");
    scores.forEach(
        (system, ndcg) -> {
          if (!system.equals("baseline-bm25")) {
            out.printf(
                Locale.ROOT,
                "gain %s vs baseline-bm25 %+.1f%%%n",
                system,
                100 * (ndcg / baseline - 1));
          }
        });
    return 0;
  }

  /** NDCG@10 per system, baseline first. */
  Map<String, Double> evaluate() throws IOException {
    Judgments judgments = Judgments.read(judgmentsFile);
    Path products = productsDir != null ? productsDir : judgmentsFile.toAbsolutePath().getParent();
    IcecatCatalog icecat = IcecatCatalog.read(products);
    List<String> queries = judgments.queries().stream().filter(judgments::hasRelevant).toList();
    out.printf(
        Locale.ROOT,
        "# %d products, %d judged queries (%d without any relevant document left out)%n",
        icecat.catalog().products().size(),
        judgments.queries().size(),
        judgments.queries().size() - queries.size());

    Map<String, Double> scores = new LinkedHashMap<>();
    try (BaselineBm25 baseline = new BaselineBm25(icecat.records())) {
      scores.put(
          "baseline-bm25", mean(judgments, queries, "baseline-bm25", q -> baseline.search(q, K)));
    }
    Path dir = indexDir != null ? indexDir : Files.createTempDirectory("relevance-lucene");
    try (SearchBackend lucene = SearchBackends.lucene(dir)) {
      lucene.replaceCatalog(icecat.catalog());
      lucene.useVocabulary(vocabulary());
      scores.put("lucene", mean(judgments, queries, "lucene", q -> ids(lucene, icecat, q, exact)));
    }
    if (!backends.elasticsearchHosts.isEmpty()) {
      try (SearchBackend es =
          SearchBackends.elasticsearch(backends.elasticsearchHosts, "relevance-icecat", 0)) {
        es.replaceCatalog(icecat.catalog());
        es.useVocabulary(vocabulary());
        scores.put(
            "elasticsearch",
            mean(judgments, queries, "elasticsearch", q -> ids(es, icecat, q, exact)));
      }
    }
    return scores;
  }

  private List<String> ids(
      SearchBackend backend, IcecatCatalog icecat, String query, boolean exact) {
    SearchQuery q =
        new SearchQuery.Builder(query).page(SearchQuery.Page.first(K)).exact(exact).build();
    List<String> ids = new ArrayList<>();
    SearchResult result = backend.search(q);
    if (result.corrected()) {
      out.printf(
          Locale.ROOT,
          "# %s ran a typo correction: %s -> %s%n",
          backend.name(),
          query,
          result.query());
    }
    for (SearchResult.Hit hit : result.hits()) {
      ids.add(icecat.icecatId(hit.codeKey()));
    }
    return ids;
  }

  private interface Ranker {
    List<String> rank(String query) throws IOException;
  }

  private double mean(Judgments judgments, List<String> queries, String system, Ranker ranker)
      throws IOException {
    double sum = 0;
    for (String q : queries) {
      List<String> ranking = ranker.rank(q);
      double ndcg = judgments.ndcg(q, ranking, K);
      sum += ndcg;
      if (ranked) {
        out.printf(Locale.ROOT, "%s\t%s\t%.4f\t%s%n", system, q, ndcg, String.join(" ", ranking));
      }
    }
    return queries.isEmpty() ? 0 : sum / queries.size();
  }
}
