package kr.catalog.api.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import kr.catalog.api.catalog.SearchSignals;
import kr.catalog.api.catalog.SignalsChanged;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.marketing.CollectionDiscounts;
import kr.catalog.api.pricing.PromotionService;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.model.Product;
import kr.catalog.search.ProductSignals;

/**
 * Stock reservations as single conditional updates: {@code reserved = reserved + q where on_hand -
 * reserved >= q}. The database row lock serialises concurrent orders for one product and the
 * condition is re-checked on the latest row, so the last units go to exactly as many orders as they
 * cover; an order whose update matches no row rolls back, releasing what it had reserved. Products
 * are always updated in code order, so two orders never wait on each other in a cycle.
 *
 * <p>Every change of stock fires {@link SignalsChanged} in its transaction: once it commits, the
 * products' in-stock flags are recomputed and pushed to search ({@code LiveSignals}).
 */
@ApplicationScoped
public class StockService implements SearchSignals {

  @Inject EntityManager em;
  @Inject PromotionService promotions;
  @Inject CommerceConfig config;
  @Inject CollectionDiscounts collectionDiscounts;
  @Inject Clock clock;
  @Inject Event<SignalsChanged> signalsChanged;

  /** Code keys per {@code in} list: well below PostgreSQL's limit of bind parameters. */
  private static final int IN_LIST = 1_000;

  /**
   * Reserves units of each product, inside the caller's transaction.
   *
   * @param quantities units per code key, in code-key order
   * @throws BusinessRefusal {@link Refusal#OUT_OF_STOCK} naming the first product without enough
   *     stock
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reserve(SortedMap<String, Long> quantities, Map<String, String> displayCodes) {
    Instant now = Instant.now();
    for (Map.Entry<String, Long> e : quantities.entrySet()) {
      int updated =
          em.createQuery(
                  "update StockItem s set s.reserved = s.reserved + :q, s.updatedAt = :now"
                      + " where s.codeKey = :k and s.onHand - s.reserved >= :q")
              .setParameter("q", e.getValue())
              .setParameter("now", now)
              .setParameter("k", e.getKey())
              .executeUpdate();
      if (updated != 1) {
        long available = find(e.getKey()).map(StockItem::available).orElse(0L);
        throw new BusinessRefusal(
            Refusal.OUT_OF_STOCK,
            "Not enough stock for "
                + displayCodes.getOrDefault(e.getKey(), e.getKey())
                + ": "
                + available
                + " available, "
                + e.getValue()
                + " ordered.");
      }
    }
    signalsChanged.fire(new SignalsChanged(quantities.keySet()));
  }

  /** Gives reserved units back (a cancelled order), inside the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(SortedMap<String, Long> quantities) {
    change(quantities, "s.reserved = s.reserved - :q");
  }

  /** Reserved units leave the warehouse (loaded or picked up), inside the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void ship(SortedMap<String, Long> quantities) {
    change(quantities, "s.reserved = s.reserved - :q, s.onHand = s.onHand - :q");
  }

  private void change(SortedMap<String, Long> quantities, String set) {
    Instant now = Instant.now();
    for (Map.Entry<String, Long> e : quantities.entrySet()) {
      em.createQuery("update StockItem s set " + set + ", s.updatedAt = :now where s.codeKey = :k")
          .setParameter("q", e.getValue())
          .setParameter("now", now)
          .setParameter("k", e.getKey())
          .executeUpdate();
    }
    signalsChanged.fire(new SignalsChanged(quantities.keySet()));
  }

  /**
   * Sets the units on hand after a count or a delivery from a supplier.
   *
   * @throws BusinessRefusal {@link Refusal#STOCK_BELOW_RESERVED} when fewer than the units already
   *     reserved
   */
  @Transactional
  public StockItem setOnHand(String codeKey, long onHand) {
    int updated =
        em.createQuery(
                "update StockItem s set s.onHand = :n, s.updatedAt = :now"
                    + " where s.codeKey = :k and s.reserved <= :n")
            .setParameter("n", onHand)
            .setParameter("now", Instant.now())
            .setParameter("k", codeKey)
            .executeUpdate();
    Optional<StockItem> item = find(codeKey);
    signalsChanged.fire(SignalsChanged.of(codeKey));
    if (updated == 0 && item.isPresent()) {
      throw new BusinessRefusal(
          Refusal.STOCK_BELOW_RESERVED,
          "Cannot set " + onHand + " on hand: " + item.get().reserved + " are reserved.");
    }
    if (item.isEmpty()) {
      StockItem s = new StockItem();
      s.codeKey = codeKey;
      s.onHand = onHand;
      s.reserved = 0;
      s.updatedAt = Instant.now();
      s.persist();
      return s;
    }
    em.refresh(item.get());
    return item.get();
  }

  /** The stock of a product, if it was ever counted. */
  @Transactional
  public Optional<StockItem> find(String codeKey) {
    return Optional.ofNullable(em.find(StockItem.class, codeKey));
  }

  /**
   * The search flags from operations: in stock (at least one unit available now) and discounted (a
   * promotion runs today or an active collection discounts it: what pricing would apply), per code
   * key of the given products. For {@code SearchBackend.replaceCatalog(catalog, signals)}.
   */
  @Override
  @Transactional
  public ProductSignals productSignals(List<Product> products) {
    Map<String, Long> available = new HashMap<>();
    em.createQuery(
            "select s.codeKey, s.onHand - s.reserved from StockItem s where s.onHand > s.reserved",
            Object[].class)
        .getResultStream()
        .forEach(row -> available.put((String) row[0], ((Number) row[1]).longValue()));
    Instant now = clock.instant();
    Map<String, Integer> promos = promotions.activeOn(LocalDate.ofInstant(now, config.zone()));
    Map<String, CollectionDiscounts.Applied> collections =
        collectionDiscounts.at(now, products.stream().map(Product::codeKey).toList());
    Map<String, ProductSignals.Signal> signals = new HashMap<>();
    for (Product p : products) {
      boolean inStock = available.getOrDefault(p.codeKey(), 0L) > 0;
      boolean discounted =
          promos.getOrDefault(p.codeKey(), 0) > 0 || collections.containsKey(p.codeKey());
      if (inStock || discounted) {
        signals.put(p.codeKey(), new ProductSignals.Signal(inStock, discounted));
      }
    }
    return new ProductSignals(signals);
  }

  /**
   * The same flags for a few products, read by key rather than for the whole catalog, one entry per
   * key asked. For {@code SearchBackend.updateSignals(changed)}.
   */
  @Override
  @Transactional
  public ProductSignals signalsOf(Collection<String> codeKeys) {
    List<String> keys = new ArrayList<>(new HashSet<>(codeKeys));
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, config.zone());
    Set<String> inStock = new HashSet<>();
    Set<String> promoted = new HashSet<>();
    for (int from = 0; from < keys.size(); from += IN_LIST) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
      inStock.addAll(
          em.createQuery(
                  "select s.codeKey from StockItem s where s.codeKey in :keys"
                      + " and s.onHand > s.reserved",
                  String.class)
              .setParameter("keys", chunk)
              .getResultList());
      promotions.bestOn(day, chunk).entrySet().stream()
          .filter(e -> e.getValue().percent() > 0)
          .map(Map.Entry::getKey)
          .forEach(promoted::add);
    }
    Map<String, CollectionDiscounts.Applied> collections = collectionDiscounts.at(now, keys);
    Map<String, ProductSignals.Signal> signals = new HashMap<>();
    for (String key : keys) {
      signals.put(
          key,
          new ProductSignals.Signal(
              inStock.contains(key), promoted.contains(key) || collections.containsKey(key)));
    }
    return new ProductSignals(signals);
  }
}
