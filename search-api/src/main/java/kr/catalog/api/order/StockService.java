package kr.catalog.api.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import kr.catalog.api.catalog.SearchSignals;
import kr.catalog.api.config.CommerceConfig;
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
 */
@ApplicationScoped
public class StockService implements SearchSignals {

  @Inject EntityManager em;
  @Inject PromotionService promotions;
  @Inject CommerceConfig config;

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
   * promotion runs today), per code key of the given products. For {@code
   * SearchBackend.replaceCatalog(catalog, signals)}.
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
    Map<String, Integer> promos = promotions.activeOn(LocalDate.now(config.zone()));
    Map<String, ProductSignals.Signal> signals = new HashMap<>();
    for (Product p : products) {
      boolean inStock = available.getOrDefault(p.codeKey(), 0L) > 0;
      boolean discounted = promos.getOrDefault(p.codeKey(), 0) > 0;
      if (inStock || discounted) {
        signals.put(p.codeKey(), new ProductSignals.Signal(inStock, discounted));
      }
    }
    return new ProductSignals(signals);
  }
}
