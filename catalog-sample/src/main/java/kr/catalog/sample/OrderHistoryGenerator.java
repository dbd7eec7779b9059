package kr.catalog.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kr.catalog.model.Catalog;
import kr.catalog.model.OrderHistory;
import kr.catalog.model.Product;

/**
 * Generates a deterministic purchase history for a catalog: business buyers with habits, as the
 * recommendations should find them.
 *
 * <p>Each customer works in one to three leaf categories. There it has a few usual items, each
 * bought again at a rhythm of its own (every two weeks to every three months, with some jitter),
 * and buying one usually brings its companions along: the other items of its family or leaf
 * category that go with it (a drill with its bits, a tool with its consumables). Which items go
 * together is a property of the product, the same for every customer, so what one customer buys
 * together tells about the others. On top come occasional purchases anywhere in the catalog, skewed
 * towards a set of best sellers. Purchases due within the same week are placed as one order. The
 * history spans {@value #DAYS} days before the import.
 *
 * <p>Cost is linear in the number of customers and orders, not in the catalog: the full catalog of
 * 133,323 items gets its history in about a second.
 */
public final class OrderHistoryGenerator {

  /** How far back the history goes, in days (about 18 months). */
  public static final int DAYS = 540;

  private static final String[] GRADES = {"STANDARD", "STANDARD", "SILVER", "SILVER", "GOLD"};
  private static final String[] COMPANY_WORDS = {
    "산업", "기계", "정밀", "공업", "테크", "엔지니어링", "건설", "설비", "전기", "금속"
  };
  private static final String[] COMPANY_PLACES = {
    "한강", "대성", "동해", "새한", "우리", "태양", "금강", "신일", "삼진", "백두", "청운", "한빛"
  };

  private final long seed;
  private final Map<String, List<Product>> companions = new HashMap<>();

  /** A generator with {@link CatalogGenerator#SEED}. */
  public OrderHistoryGenerator() {
    this(CatalogGenerator.SEED);
  }

  /** A generator with its own seed. */
  public OrderHistoryGenerator(long seed) {
    this.seed = seed;
  }

  /** Customers for a catalog of this many products: 40 for the sample, 600 for the full one. */
  static int customersFor(int products) {
    return Math.max(40, Math.min(600, products / 200));
  }

  /** The history of this catalog's products still sold. */
  public synchronized OrderHistory generate(Catalog catalog) {
    companions.clear();
    List<Product> sold =
        catalog.products().stream()
            .filter(p -> !p.discontinued())
            .sorted(Comparator.comparing(Product::codeKey))
            .toList();
    if (sold.isEmpty()) {
      return new OrderHistory(OrderHistory.FORMAT, catalog.version(), seed, List.of(), List.of());
    }
    Map<String, List<Product>> byLeaf = new TreeMap<>();
    Map<String, List<Product>> byFamily = new HashMap<>();
    for (Product p : sold) {
      byLeaf.computeIfAbsent(p.categoryId(), k -> new ArrayList<>()).add(p);
      byFamily.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p);
    }
    List<String> leaves = new ArrayList<>(byLeaf.keySet());
    SplittableRandom root = new SplittableRandom(seed);
    // Best sellers: a fixed few in a hundred products that occasional purchases favour.
    List<Product> bestSellers = new ArrayList<>();
    for (int i = 0; i < Math.max(10, sold.size() / 100); i++) {
      bestSellers.add(sold.get(root.nextInt(sold.size())));
    }
    int customerCount = customersFor(sold.size());
    List<OrderHistory.Customer> customers = new ArrayList<>();
    List<OrderHistory.Order> orders = new ArrayList<>();
    for (int c = 0; c < customerCount; c++) {
      SplittableRandom rnd = root.split();
      String id = String.format(Locale.ROOT, "B%03d", c + 1);
      customers.add(
          new OrderHistory.Customer(
              id,
              "(주)"
                  + COMPANY_PLACES[rnd.nextInt(COMPANY_PLACES.length)]
                  + COMPANY_WORDS[rnd.nextInt(COMPANY_WORDS.length)]
                  + " "
                  + id,
              GRADES[rnd.nextInt(GRADES.length)]));
      orders.addAll(customerOrders(id, rnd, leaves, byLeaf, byFamily, sold, bestSellers));
    }
    orders.sort(
        Comparator.comparingInt((OrderHistory.Order o) -> -o.daysAgo())
            .thenComparing(OrderHistory.Order::no));
    return new OrderHistory(OrderHistory.FORMAT, catalog.version(), seed, customers, orders);
  }

  /** A usual item: bought every {@code period} days, {@code quantity} units at a time. */
  private record Habit(Product product, int period, int quantity, int offset) {}

  private List<OrderHistory.Order> customerOrders(
      String customer,
      SplittableRandom rnd,
      List<String> leaves,
      Map<String, List<Product>> byLeaf,
      Map<String, List<Product>> byFamily,
      List<Product> sold,
      List<Product> bestSellers) {
    List<Habit> habits = new ArrayList<>();
    int home = 1 + rnd.nextInt(3);
    for (int h = 0; h < home; h++) {
      List<Product> leaf = byLeaf.get(leaves.get(rnd.nextInt(leaves.size())));
      int usual = Math.min(leaf.size(), 1 + rnd.nextInt(3));
      for (int u = 0; u < usual; u++) {
        Product p = leaf.get(rnd.nextInt(leaf.size()));
        int period = 14 + rnd.nextInt(77);
        habits.add(new Habit(p, period, 1 + rnd.nextInt(10), rnd.nextInt(period)));
      }
    }
    // Purchase day (days ago) -> product code key -> quantity; days counted down to today.
    TreeMap<Integer, Map<String, Integer>> byDay = new TreeMap<>(Comparator.reverseOrder());
    for (Habit habit : habits) {
      for (int day = DAYS - habit.offset(); day >= 0; day -= habit.period()) {
        int jittered = Math.max(0, day - rnd.nextInt(Math.max(1, habit.period() / 5)));
        Map<String, Integer> basket = byDay.computeIfAbsent(jittered, k -> new LinkedHashMap<>());
        basket.merge(habit.product().codeKey(), habit.quantity(), Integer::sum);
        for (Product companion : companions(habit.product(), byLeaf, byFamily)) {
          if (rnd.nextInt(100) < 70) {
            basket.merge(companion.codeKey(), 1 + rnd.nextInt(5), Integer::sum);
          }
        }
      }
    }
    // Occasional purchases: about one a month, mostly best sellers.
    for (int day = DAYS; day >= 0; day -= 10 + rnd.nextInt(40)) {
      Product p =
          rnd.nextInt(100) < 60
              ? bestSellers.get(rnd.nextInt(bestSellers.size()))
              : sold.get(rnd.nextInt(sold.size()));
      byDay.computeIfAbsent(day, k -> new LinkedHashMap<>()).merge(p.codeKey(), 1, Integer::sum);
    }
    // Buyers consolidate: what falls due within a week goes into one order.
    List<OrderHistory.Order> orders = new ArrayList<>();
    Map<String, Integer> basket = new LinkedHashMap<>();
    int basketDay = -1;
    for (Map.Entry<Integer, Map<String, Integer>> e : byDay.entrySet()) {
      if (basketDay >= 0 && basketDay - e.getKey() > 6) {
        orders.add(order(customer, orders.size() + 1, basketDay, basket));
        basket = new LinkedHashMap<>();
        basketDay = -1;
      }
      if (basketDay < 0) {
        basketDay = e.getKey();
      }
      for (Map.Entry<String, Integer> line : e.getValue().entrySet()) {
        basket.merge(line.getKey(), line.getValue(), Integer::sum);
      }
    }
    if (basketDay >= 0) {
      orders.add(order(customer, orders.size() + 1, basketDay, basket));
    }
    return orders;
  }

  private static OrderHistory.Order order(
      String customer, int no, int daysAgo, Map<String, Integer> basket) {
    List<OrderHistory.Line> lines = new ArrayList<>();
    basket.forEach((k, q) -> lines.add(new OrderHistory.Line(k, Math.min(q, 99))));
    return new OrderHistory.Order(
        String.format(Locale.ROOT, "%s-%04d", customer, no), customer, daysAgo, lines);
  }

  /**
   * What goes with a product, the same for every customer: up to two other items of its family,
   * else of its leaf category, chosen by the product's code so the choice never changes.
   */
  private List<Product> companions(
      Product p, Map<String, List<Product>> byLeaf, Map<String, List<Product>> byFamily) {
    // Memoised: a usual item is bought dozens of times, and a leaf of the full catalog holds
    // thousands of products to choose from.
    return companions.computeIfAbsent(p.codeKey(), k -> chooseCompanions(p, byLeaf, byFamily));
  }

  private List<Product> chooseCompanions(
      Product p, Map<String, List<Product>> byLeaf, Map<String, List<Product>> byFamily) {
    List<Product> pool = new ArrayList<>(byFamily.getOrDefault(p.family(), List.of()));
    pool.remove(p);
    if (pool.isEmpty()) {
      pool = new ArrayList<>(byLeaf.getOrDefault(p.categoryId(), List.of()));
      pool.remove(p);
    }
    if (pool.isEmpty()) {
      return List.of();
    }
    SplittableRandom r = new SplittableRandom(seed ^ p.codeKey().hashCode());
    List<Product> chosen = new ArrayList<>();
    for (int i = 0; i < 2 && !pool.isEmpty(); i++) {
      chosen.add(pool.remove(r.nextInt(pool.size())));
    }
    return chosen;
  }
}
