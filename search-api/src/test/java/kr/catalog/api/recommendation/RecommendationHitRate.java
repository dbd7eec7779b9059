package kr.catalog.api.recommendation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.OrderHistory;
import kr.catalog.model.Product;
import kr.catalog.sample.SampleCatalog;

/**
 * The offline measure of "your usual items" (docs/ORDERS.md, Recommendations): for each customer of
 * a catalog's generated order history, its last order is hidden; the co-purchase counts and the
 * popularity are computed from every order not hidden (no customer's hidden order enters them); the
 * customer's usual items are ranked by {@link PurchaseRanking} from its other orders, as of the day
 * of the hidden order (the day the customer comes back); a hit is a top 10 holding at least one
 * product of the hidden order. The baseline proposes the 10 most ordered products to everyone.
 *
 * <p>{@code main [catalog-dir]}: without an argument, the bundled sample under {@code
 * target/test-data} (generated if needed); with one, an ingested catalog directory with its {@code
 * order-history.json} (the full catalog: {@code catalog-sample history --catalog DIR} writes it).
 */
public final class RecommendationHitRate {

  /** Size of the lists compared. */
  public static final int K = 10;

  /**
   * The figures of one run.
   *
   * @param customers customers measured (those with two orders or more)
   * @param hits customers whose hidden order had a product in their top {@value #K}
   * @param baselineHits the same for the popularity baseline
   * @param recall mean share of the hidden order's products found in the top {@value #K}
   * @param baselineRecall the same for the baseline
   */
  public record Result(
      int customers, int hits, int baselineHits, double recall, double baselineRecall) {
    public double hitRate() {
      return customers == 0 ? 0 : (double) hits / customers;
    }

    public double baselineHitRate() {
      return customers == 0 ? 0 : (double) baselineHits / customers;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "customers %d | hit rate@%d: usual items %.3f (%d), popularity baseline %.3f (%d)"
              + " | recall@%d: usual items %.3f, popularity baseline %.3f",
          customers,
          K,
          hitRate(),
          hits,
          baselineHitRate(),
          baselineHits,
          K,
          recall,
          baselineRecall);
    }
  }

  private RecommendationHitRate() {}

  public static void main(String[] args) throws IOException {
    Path dir;
    if (args.length > 0) {
      dir = Path.of(args[0]);
    } else {
      SampleCatalog.ensure(Path.of("target/test-data"));
      dir = Path.of("target/test-data/catalog");
    }
    Catalog catalog = new CatalogStore(dir).read();
    OrderHistory history =
        SampleCatalog.ensureHistory(dir, catalog); // generated if missing or stale
    long started = System.nanoTime();
    Result r = measure(catalog, history);
    System.out.println(
        "catalog "
            + catalog.version()
            + " ("
            + catalog.products().size()
            + " products, "
            + history.orders().size()
            + " orders): "
            + r
            + " ("
            + (System.nanoTime() - started) / 1_000_000
            + " ms)");
  }

  /** Hides each customer's last order and ranks from the rest. */
  public static Result measure(Catalog catalog, OrderHistory history) {
    Map<String, Product> products = new HashMap<>();
    Map<String, List<String>> family = new HashMap<>();
    Map<String, List<String>> leaf = new HashMap<>();
    for (Product p : catalog.products()) {
      products.put(p.codeKey(), p);
      family.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p.codeKey());
      leaf.computeIfAbsent(p.categoryId(), k -> new ArrayList<>()).add(p.codeKey());
    }
    family.values().forEach(l -> l.sort(String::compareTo));
    leaf.values().forEach(l -> l.sort(String::compareTo));

    Map<String, List<OrderHistory.Order>> byCustomer = new HashMap<>();
    for (OrderHistory.Order o : history.orders()) {
      byCustomer.computeIfAbsent(o.customer(), k -> new ArrayList<>()).add(o);
    }
    // The hidden order of each customer: its most recent (smallest daysAgo, then highest number).
    Map<String, OrderHistory.Order> hidden = new HashMap<>();
    byCustomer.forEach(
        (c, orders) -> {
          if (orders.size() >= 2) {
            hidden.put(
                c,
                orders.stream()
                    .min(
                        Comparator.comparingInt(OrderHistory.Order::daysAgo)
                            .thenComparing(OrderHistory.Order::no, Comparator.reverseOrder()))
                    .orElseThrow());
          }
        });
    Set<OrderHistory.Order> hiddenSet = new HashSet<>(hidden.values());

    // Counts from the orders not hidden only, as CoPurchaseRefresh counts them in the database.
    Map<String, Map<String, Integer>> pairs = new HashMap<>();
    Map<String, Integer> popularity = new HashMap<>();
    for (OrderHistory.Order o : history.orders()) {
      if (hiddenSet.contains(o)) {
        continue;
      }
      Set<String> keys = keys(o);
      keys.forEach(k -> popularity.merge(k, 1, Integer::sum));
      if (keys.size() > CoPurchaseRefresh.MAX_LINES) {
        continue;
      }
      for (String a : keys) {
        for (String b : keys) {
          if (!a.equals(b)) {
            pairs.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
          }
        }
      }
    }
    List<String> popular =
        popularity.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(100)
            .map(Map.Entry::getKey)
            .toList();
    PurchaseRanking.Sources sources =
        new PurchaseRanking.Sources(
            k ->
                pairs.getOrDefault(k, Map.of()).entrySet().stream()
                    .sorted(
                        Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(50)
                    .map(e -> new PurchaseRanking.Weighted(e.getKey(), e.getValue()))
                    .toList(),
            k -> {
              Product p = products.get(k);
              if (p == null) {
                return List.of();
              }
              List<String> out = new ArrayList<>(family.getOrDefault(p.family(), List.of()));
              out.remove(k);
              out.addAll(leaf.getOrDefault(p.categoryId(), List.of()));
              return out;
            },
            // No merchandising offline: the collections are a database thing.
            List.of(),
            popular,
            k -> products.containsKey(k) && !products.get(k).discontinued());
    List<String> baseline =
        PurchaseRanking.boughtTogether(
                List.of(),
                new PurchaseRanking.Sources(
                    k -> List.of(), k -> List.of(), List.of(), popular, sources.eligible()),
                K)
            .stream()
            .map(PurchaseRanking.Pick::codeKey)
            .toList();

    int customers = 0;
    int hits = 0;
    int baselineHits = 0;
    double recall = 0;
    double baselineRecall = 0;
    for (Map.Entry<String, OrderHistory.Order> e : new java.util.TreeMap<>(hidden).entrySet()) {
      OrderHistory.Order target = e.getValue();
      List<PurchaseRanking.PastOrder> past = new ArrayList<>();
      for (OrderHistory.Order o : byCustomer.get(e.getKey())) {
        if (o != target) {
          // Ages as of the hidden order's day: the customer comes back that day.
          past.add(new PurchaseRanking.PastOrder(o.daysAgo() - target.daysAgo(), keys(o)));
        }
      }
      List<String> top =
          PurchaseRanking.usualItems(past, sources, K).stream()
              .map(PurchaseRanking.Pick::codeKey)
              .toList();
      Set<String> wanted = keys(target);
      customers++;
      long found = top.stream().filter(wanted::contains).count();
      long baselineFound = baseline.stream().filter(wanted::contains).count();
      hits += found > 0 ? 1 : 0;
      baselineHits += baselineFound > 0 ? 1 : 0;
      recall += (double) found / wanted.size();
      baselineRecall += (double) baselineFound / wanted.size();
    }
    return new Result(
        customers,
        hits,
        baselineHits,
        customers == 0 ? 0 : recall / customers,
        customers == 0 ? 0 : baselineRecall / customers);
  }

  private static Set<String> keys(OrderHistory.Order o) {
    Set<String> keys = new LinkedHashSet<>();
    o.lines().forEach(l -> keys.add(l.codeKey()));
    return keys;
  }
}
