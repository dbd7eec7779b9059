package kr.catalog.search.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Human relevance judgments ({@code query,docid,rating} with ratings 0-3) and NDCG@k over them.
 * Unjudged documents count as rating 0.
 */
public final class Judgments {

  private final Map<String, Map<String, Integer>> ratings;

  private Judgments(Map<String, Map<String, Integer>> ratings) {
    this.ratings = ratings;
  }

  /** Reads a judgments CSV with a header line. */
  public static Judgments read(Path csv) throws IOException {
    Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        ratings
            .computeIfAbsent(r.get("query").strip(), q -> new HashMap<>())
            .put(r.get("docid").strip(), Integer.parseInt(r.get("rating").strip()));
      }
    }
    return new Judgments(ratings);
  }

  /** The judged queries in file order. */
  public List<String> queries() {
    return List.copyOf(ratings.keySet());
  }

  /** Whether any document is rated above 0 for the query (else NDCG is undefined). */
  public boolean hasRelevant(String query) {
    return ratings.getOrDefault(query, Map.of()).values().stream().anyMatch(r -> r > 0);
  }

  /** NDCG@k of a ranking (document ids, best first) with gain 2^rating - 1. */
  public double ndcg(String query, List<String> ranking, int k) {
    Map<String, Integer> judged = ratings.getOrDefault(query, Map.of());
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += gain(judged.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(judged.values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int rating) {
    return Math.pow(2, rating) - 1;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
