package kr.catalog.api.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.account.CustomerService;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.marketing.CurationCache;
import kr.catalog.api.marketing.RuleAction;
import kr.catalog.api.media.MediaUrls;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;
import kr.catalog.model.Product;

/**
 * Recommendations from purchase history: reads the counts {@link CoPurchaseRefresh} keeps and the
 * customer's own orders, and ranks with {@link PurchaseRanking}. Read-only: nothing here runs
 * within, or holds up, an order.
 *
 * <p>Never proposed: products not in the served catalog, discontinued ones, and products an active
 * merchandising rule hides (for any query or category: recommendations have no query, so a product
 * marketing took out of a listing is not pushed back in here).
 */
@ApplicationScoped
public class RecommendationService {

  /** At most this many products per answer. */
  public static final int MAX_LIMIT = 24;

  /** The customer's orders the usual items look at: the most recent ones. */
  static final int RECENT_ORDERS = 200;

  @Inject EntityManager em;
  @Inject CatalogView catalog;
  @Inject CurationCache curation;
  @Inject CustomerService customers;
  @Inject Clock clock;

  private volatile LeafIndex leaves;

  /** What goes with one product (its product page). */
  @Transactional
  public Recommendations forProduct(String code, int limit) {
    Product p =
        catalog
            .product(code)
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        Refusal.PRODUCT_NOT_FOUND, "No product has the code " + code + "."));
    return view(
        "bought-together",
        PurchaseRanking.boughtTogether(List.of(p.codeKey()), sources(), checked(limit)));
  }

  /** What goes with the products of a cart (codes typed any way; unknown ones are refused). */
  @Transactional
  public Recommendations forCart(List<String> codes, int limit) {
    if (codes.isEmpty()) {
      throw new InvalidParameterException("code", "name at least one product code");
    }
    if (codes.size() > 100) {
      throw new InvalidParameterException("code", "at most 100 product codes");
    }
    List<String> keys = new ArrayList<>();
    for (String code : codes) {
      Product p =
          catalog
              .product(code)
              .orElseThrow(
                  () -> new InvalidParameterException("code", "no product has the code " + code));
      if (!keys.contains(p.codeKey())) {
        keys.add(p.codeKey());
      }
    }
    return view("bought-together", PurchaseRanking.boughtTogether(keys, sources(), checked(limit)));
  }

  /** The usual items of a company: a customer's own, or the one a staff member names. */
  @Transactional
  public Recommendations usualItems(Actor actor, Long customerId, int limit) {
    CustomerCompany company = customers.companyFor(actor, customerId);
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT o.id, o.created_at, l.code_key FROM customer_order o"
                    + " JOIN order_line l ON l.order_id = o.id"
                    + " WHERE o.id IN (SELECT r.id FROM customer_order r WHERE r.company_id = ?1"
                    + " AND r.status <> 'CANCELLED' ORDER BY r.created_at DESC LIMIT ?2)")
            .setParameter(1, company.id)
            .setParameter(2, RECENT_ORDERS)
            .getResultList();
    Map<Long, Double> ages = new LinkedHashMap<>();
    Map<Long, Set<String>> lines = new HashMap<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      ages.computeIfAbsent(id, k -> daysBetween(instant(row[1]), now));
      lines.computeIfAbsent(id, k -> new HashSet<>()).add((String) row[2]);
    }
    List<PurchaseRanking.PastOrder> orders = new ArrayList<>();
    ages.forEach((id, age) -> orders.add(new PurchaseRanking.PastOrder(age, lines.get(id))));
    return view("usual", PurchaseRanking.usualItems(orders, sources(), checked(limit)));
  }

  private static int checked(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }

  private PurchaseRanking.Sources sources() {
    Instant now = clock.instant();
    Set<String> hidden = new HashSet<>();
    for (CurationCache.RuleEntry r : curation.current().rules()) {
      if (r.action() == RuleAction.HIDE && r.activeAt(now)) {
        hidden.add(r.codeKey());
      }
    }
    List<String> collections = new ArrayList<>();
    for (CurationCache.CollectionEntry c : curation.current().activeAt(now)) {
      collections.addAll(c.codeKeys());
    }
    return new PurchaseRanking.Sources(
        this::together,
        this::similar,
        collections,
        popular(),
        k -> !hidden.contains(k) && catalog.product(k).map(p -> !p.discontinued()).orElse(false));
  }

  private List<PurchaseRanking.Weighted> together(String codeKey) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT other_key, orders FROM co_purchase WHERE code_key = ?1"
                    + " ORDER BY orders DESC, other_key LIMIT 50")
            .setParameter(1, codeKey)
            .getResultList();
    return rows.stream()
        .map(r -> new PurchaseRanking.Weighted((String) r[0], ((Number) r[1]).doubleValue()))
        .toList();
  }

  private List<String> popular() {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery(
                "SELECT code_key FROM product_popularity ORDER BY orders DESC, code_key LIMIT 100")
            .getResultList();
    return rows;
  }

  /** The family's other variants, then the rest of the leaf category, by code. */
  private List<String> similar(String codeKey) {
    Optional<Product> product = catalog.product(codeKey);
    if (product.isEmpty()) {
      return List.of();
    }
    Product p = product.get();
    List<String> out = new ArrayList<>();
    catalog.family(p).forEach(f -> out.add(f.codeKey()));
    out.addAll(leafIndex().of(p.categoryId()));
    return out;
  }

  /** Products by leaf category, built once per served catalog version. */
  private LeafIndex leafIndex() {
    LeafIndex current = leaves;
    String version = catalog.version();
    if (current == null || !current.version().equals(version)) {
      Map<String, List<String>> byLeaf = new HashMap<>();
      for (Product p : catalog.allProducts()) {
        byLeaf.computeIfAbsent(p.categoryId(), k -> new ArrayList<>()).add(p.codeKey());
      }
      byLeaf.values().forEach(l -> l.sort(String::compareTo));
      current = new LeafIndex(version, byLeaf);
      leaves = current;
    }
    return current;
  }

  private record LeafIndex(String version, Map<String, List<String>> byLeaf) {
    List<String> of(String categoryId) {
      return byLeaf.getOrDefault(categoryId, List.of());
    }
  }

  private Recommendations view(String kind, List<PurchaseRanking.Pick> picks) {
    List<Recommendations.Item> items = new ArrayList<>();
    for (PurchaseRanking.Pick pick : picks) {
      catalog
          .product(pick.codeKey())
          .ifPresent(
              p ->
                  items.add(
                      new Recommendations.Item(
                          p.code(),
                          p.codeKey(),
                          p.nameKo(),
                          p.nameEn(),
                          p.listPrice(),
                          MediaUrls.of(catalog.thumbnailPath(p.codeKey())),
                          pick.reason())));
    }
    return new Recommendations(kind, items);
  }

  private static double daysBetween(Instant then, Instant now) {
    return Math.max(0, Duration.between(then, now).toMinutes()) / 1440.0;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
