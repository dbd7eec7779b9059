package kr.catalog.api.recommendation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ranking rules of the recommendations, pure computation over purchase data handed in: the API
 * feeds it from PostgreSQL ({@link RecommendationService}), the offline measure from the generated
 * history ({@code RecommendationHitRate} in the tests), so what is measured is what is served.
 *
 * <p><b>Your usual items</b>: each product the customer bought scores its number of orders, damped
 * by how long ago it was last bought (a year halves it less than twice), and raised when it is due
 * again: bought at a rhythm (two orders or more, on different days) and as long ago as that rhythm
 * or longer, lowered when just bought. Then come what goes with the usual items (bought together,
 * weighted by the item's score), then the cold start: the same family and leaf category as the
 * customer's items, the active collections, the best sellers.
 *
 * <p><b>Bought together</b> with some products (a product page, a cart): the products appearing in
 * the most orders together with them, then the cold start: other variants of the family, the same
 * leaf category, the active collections, the best sellers. The given products are never proposed.
 *
 * <p>Every candidate passes {@code eligible} (in the catalog, sold, not hidden) before it counts.
 */
public final class PurchaseRanking {
  private PurchaseRanking() {}

  /** Why a product is proposed; the UI may say so. */
  public enum Reason {
    /** The customer buys it again and again. */
    USUAL,
    /** Often in the same orders as the products in question. */
    BOUGHT_TOGETHER,
    /** Same family or leaf category (cold start). */
    SIMILAR,
    /** In a collection active now (cold start). */
    COLLECTION,
    /** Among the most ordered products (last resort). */
    POPULAR
  }

  /** A proposed product. */
  public record Pick(String codeKey, Reason reason) {}

  /**
   * A past order of the customer.
   *
   * @param daysAgo how long before the moment of recommending it was placed
   * @param codeKeys its products
   */
  public record PastOrder(double daysAgo, Set<String> codeKeys) {}

  /** A product with a weight (co-purchase count, popularity). */
  public record Weighted(String codeKey, double weight) {}

  /**
   * Where the rules look things up.
   *
   * @param together the products most often bought with a product, best first
   * @param similar the other products of its family, then of its leaf category
   * @param collections the products of the collections active now
   * @param popular the most ordered products, best first
   * @param eligible whether a product may be proposed at all
   */
  public record Sources(
      Function<String, List<Weighted>> together,
      Function<String, List<String>> similar,
      List<String> collections,
      List<String> popular,
      Predicate<String> eligible) {}

  /** The customer's usual items, then what goes with them, then the cold start. */
  public static List<Pick> usualItems(List<PastOrder> orders, Sources sources, int limit) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, Double> newest = new HashMap<>();
    Map<String, Double> oldest = new HashMap<>();
    for (PastOrder o : orders) {
      for (String k : o.codeKeys()) {
        count.merge(k, 1, Integer::sum);
        newest.merge(k, o.daysAgo(), Math::min);
        oldest.merge(k, o.daysAgo(), Math::max);
      }
    }
    Map<String, Double> usual = new HashMap<>();
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      String k = e.getKey();
      int n = e.getValue();
      double last = newest.get(k);
      double score = n * Math.exp(-last / 500.0);
      double span = oldest.get(k) - last;
      // A rhythm needs purchases on different days: orders of one day say nothing about when the
      // next one is due.
      if (n >= 2 && span >= 1.0) {
        double rhythm = span / (n - 1);
        score *= 0.5 + Math.min(1.5, last / rhythm);
      }
      usual.put(k, score);
    }
    Picker picker = new Picker(sources.eligible(), Set.of(), limit);
    List<String> ranked = byScore(usual);
    picker.addAll(ranked, Reason.USUAL);
    Map<String, Double> together = new HashMap<>();
    for (String k : ranked) {
      double weight = usual.get(k);
      for (Weighted w : sources.together().apply(k)) {
        together.merge(w.codeKey(), weight * w.weight(), Double::sum);
      }
    }
    picker.addAll(byScore(together), Reason.BOUGHT_TOGETHER);
    coldStart(picker, ranked, sources);
    return picker.picks();
  }

  /** What is bought together with these products (a product page: one; a cart: its lines). */
  public static List<Pick> boughtTogether(List<String> with, Sources sources, int limit) {
    Map<String, Double> together = new HashMap<>();
    for (String k : with) {
      for (Weighted w : sources.together().apply(k)) {
        together.merge(w.codeKey(), w.weight(), Double::sum);
      }
    }
    Picker picker = new Picker(sources.eligible(), Set.copyOf(with), limit);
    picker.addAll(byScore(together), Reason.BOUGHT_TOGETHER);
    coldStart(picker, with, sources);
    return picker.picks();
  }

  /** Same family and leaf category of the given products, active collections, best sellers. */
  private static void coldStart(Picker picker, List<String> around, Sources sources) {
    for (String k : around) {
      if (picker.full()) {
        return;
      }
      picker.addAll(sources.similar().apply(k), Reason.SIMILAR);
    }
    picker.addAll(sources.collections(), Reason.COLLECTION);
    picker.addAll(sources.popular(), Reason.POPULAR);
  }

  /** Keys by descending score, ties by key so the answer is stable. */
  private static List<String> byScore(Map<String, Double> scores) {
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Collects picks in order: each product once, eligible ones only, up to the limit. */
  private static final class Picker {
    private final Predicate<String> eligible;
    private final Set<String> excluded;
    private final int limit;
    private final Map<String, Reason> picked = new LinkedHashMap<>();

    Picker(Predicate<String> eligible, Set<String> excluded, int limit) {
      this.eligible = eligible;
      this.excluded = excluded;
      this.limit = limit;
    }

    boolean full() {
      return picked.size() >= limit;
    }

    void addAll(Collection<String> keys, Reason reason) {
      for (String k : keys) {
        if (full()) {
          return;
        }
        if (!picked.containsKey(k) && !excluded.contains(k) && eligible.test(k)) {
          picked.put(k, reason);
        }
      }
    }

    List<Pick> picks() {
      List<Pick> out = new ArrayList<>();
      picked.forEach((k, r) -> out.add(new Pick(k, r)));
      return out;
    }
  }
}
