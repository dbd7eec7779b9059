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
import java.util.TreeSet;
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
   * Reserves units of each product at one location, inside the caller's transaction.
   *
   * @param location the location code (the warehouse for deliveries, the chosen store for pickups)
   * @param quantities units per code key, in code-key order
   * @throws BusinessRefusal {@link Refusal#OUT_OF_STOCK} naming the first product without enough
   *     stock there
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reserve(
      String location, SortedMap<String, Long> quantities, Map<String, String> displayCodes) {
    Instant now = Instant.now();
    for (Map.Entry<String, Long> e : quantities.entrySet()) {
      int updated =
          em.createQuery(
                  "update StockItem s set s.reserved = s.reserved + :q, s.updatedAt = :now"
                      + " where s.codeKey = :k and s.locationCode = :l"
                      + " and s.onHand - s.reserved >= :q")
              .setParameter("q", e.getValue())
              .setParameter("now", now)
              .setParameter("k", e.getKey())
              .setParameter("l", location)
              .executeUpdate();
      if (updated != 1) {
        long available = find(location, e.getKey()).map(StockItem::available).orElse(0L);
        // The warehouse keeps the message it always had; a store is named.
        String at =
            StockLocation.WAREHOUSE.equals(location)
                ? ""
                : " at " + location(location).map(l -> l.name).orElse(location);
        throw new BusinessRefusal(
            Refusal.OUT_OF_STOCK,
            "Not enough stock for "
                + displayCodes.getOrDefault(e.getKey(), e.getKey())
                + at
                + ": "
                + available
                + " available, "
                + e.getValue()
                + " ordered.");
      }
    }
    signalsChanged.fire(new SignalsChanged(quantities.keySet()));
  }

  /** Gives reserved units back at the location (a cancelled order), in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(String location, SortedMap<String, Long> quantities) {
    change(location, quantities, "s.reserved = s.reserved - :q");
  }

  /** Reserved units leave the location (loaded or picked up), in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void ship(String location, SortedMap<String, Long> quantities) {
    change(location, quantities, "s.reserved = s.reserved - :q, s.onHand = s.onHand - :q");
  }

  /**
   * Units the shelf did not have when picked (an inventory discrepancy): they leave the count on
   * hand at the location and the order's reservation of them is released, in the caller's
   * transaction. The same arithmetic as a shipment; on hand stays at or above reserved.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void writeOff(String location, SortedMap<String, Long> quantities) {
    change(location, quantities, "s.reserved = s.reserved - :q, s.onHand = s.onHand - :q");
  }

  /**
   * Units come back on hand at the location (the goods of a received return), in the caller's
   * transaction; one relative update per product, so a concurrent count or reservation is not lost.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void restock(String location, SortedMap<String, Long> quantities) {
    change(location, quantities, "s.onHand = s.onHand + :q");
  }

  private void change(String location, SortedMap<String, Long> quantities, String set) {
    Instant now = Instant.now();
    for (Map.Entry<String, Long> e : quantities.entrySet()) {
      em.createQuery(
              "update StockItem s set "
                  + set
                  + ", s.updatedAt = :now where s.codeKey = :k and s.locationCode = :l")
          .setParameter("q", e.getValue())
          .setParameter("now", now)
          .setParameter("k", e.getKey())
          .setParameter("l", location)
          .executeUpdate();
    }
    signalsChanged.fire(new SignalsChanged(quantities.keySet()));
  }

  /**
   * Sets the units on hand at the central warehouse after a count or a delivery from a supplier.
   *
   * @throws BusinessRefusal {@link Refusal#STOCK_BELOW_RESERVED} when fewer than the units already
   *     reserved
   */
  @Transactional
  public StockItem setOnHand(String codeKey, long onHand) {
    return setOnHand(StockLocation.WAREHOUSE, codeKey, onHand, null);
  }

  /**
   * Sets the units on hand at a location, and its bin when one is given (null keeps the bin).
   *
   * @throws BusinessRefusal {@link Refusal#STOCK_BELOW_RESERVED} when fewer than the units already
   *     reserved there
   */
  @Transactional
  public StockItem setOnHand(String location, String codeKey, long onHand, String bin) {
    int updated =
        em.createQuery(
                "update StockItem s set s.onHand = :n, s.updatedAt = :now,"
                    + " s.bin = coalesce(:bin, s.bin)"
                    + " where s.codeKey = :k and s.locationCode = :l and s.reserved <= :n")
            .setParameter("n", onHand)
            .setParameter("now", Instant.now())
            .setParameter("bin", bin)
            .setParameter("k", codeKey)
            .setParameter("l", location)
            .executeUpdate();
    Optional<StockItem> item = find(location, codeKey);
    signalsChanged.fire(SignalsChanged.of(codeKey));
    if (updated == 0 && item.isPresent()) {
      throw new BusinessRefusal(
          Refusal.STOCK_BELOW_RESERVED,
          "Cannot set " + onHand + " on hand: " + item.get().reserved + " are reserved.");
    }
    if (item.isEmpty()) {
      // Two first counts racing both insert: the loser fails on the primary key and its caller
      // sees an error rather than a silently lost count.
      StockItem s = new StockItem();
      s.codeKey = codeKey;
      s.locationCode = location;
      s.onHand = onHand;
      s.reserved = 0;
      s.bin = bin;
      s.updatedAt = Instant.now();
      s.persist();
      return s;
    }
    em.refresh(item.get());
    return item.get();
  }

  /** The stock of a product at the central warehouse, if it was ever counted there. */
  @Transactional
  public Optional<StockItem> find(String codeKey) {
    return find(StockLocation.WAREHOUSE, codeKey);
  }

  /** The stock of a product at a location, if it was ever counted there. */
  @Transactional
  public Optional<StockItem> find(String location, String codeKey) {
    return Optional.ofNullable(em.find(StockItem.class, new StockItem.Key(codeKey, location)));
  }

  /** Every location, the warehouse first, then the stores in their display order. */
  @Transactional
  public List<StockLocation> locations() {
    return em.createQuery(
            "from StockLocation l order by case when l.kind = :wh then 0 else 1 end,"
                + " l.sortOrder, l.code",
            StockLocation.class)
        .setParameter("wh", LocationKind.WAREHOUSE)
        .getResultList();
  }

  /** A location by its code. */
  @Transactional
  public Optional<StockLocation> location(String code) {
    return Optional.ofNullable(em.find(StockLocation.class, code));
  }

  /** The stock rows of one product, per location code (locations never counted are absent). */
  @Transactional
  public Map<String, StockItem> atLocations(String codeKey) {
    Map<String, StockItem> byLocation = new HashMap<>();
    em.createQuery("from StockItem s where s.codeKey = :k", StockItem.class)
        .setParameter("k", codeKey)
        .getResultStream()
        .forEach(s -> byLocation.put(s.locationCode, s));
    return byLocation;
  }

  /** Units available per code key and location code, for the given products. */
  @Transactional
  public Map<String, Map<String, Long>> available(Collection<String> codeKeys) {
    List<String> keys = new ArrayList<>(new HashSet<>(codeKeys));
    Map<String, Map<String, Long>> available = new HashMap<>();
    for (int from = 0; from < keys.size(); from += IN_LIST) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
      em.createQuery(
              "select s.codeKey, s.locationCode, s.onHand - s.reserved from StockItem s"
                  + " where s.codeKey in :keys",
              Object[].class)
          .setParameter("keys", chunk)
          .getResultStream()
          .forEach(
              row ->
                  available
                      .computeIfAbsent((String) row[0], k -> new HashMap<>())
                      .put((String) row[1], ((Number) row[2]).longValue()));
    }
    return available;
  }

  /**
   * Where a cart could be picked up: per location (warehouse first), whether it has every line now,
   * and otherwise when a transfer from the warehouse would bring the missing units (today in the
   * business zone plus the store's transfer days), when the warehouse has them available. Nothing
   * is reserved: the answer can change before the order is placed, which then reserves or refuses.
   *
   * @param quantities units per code key
   * @param displayCodes the codes as shown, per code key
   */
  @Transactional
  public List<Availability> availability(
      SortedMap<String, Long> quantities, Map<String, String> displayCodes) {
    Map<String, Map<String, Long>> available = available(quantities.keySet());
    LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
    List<Availability> answer = new ArrayList<>();
    for (StockLocation l : locations()) {
      List<Availability.ShortLine> shortLines = new ArrayList<>();
      boolean warehouseCovers = true;
      for (Map.Entry<String, Long> e : quantities.entrySet()) {
        Map<String, Long> at = available.getOrDefault(e.getKey(), Map.of());
        long here = Math.max(0, at.getOrDefault(l.code, 0L));
        if (here < e.getValue()) {
          shortLines.add(
              new Availability.ShortLine(
                  displayCodes.getOrDefault(e.getKey(), e.getKey()), e.getValue(), here));
          long fromWarehouse = at.getOrDefault(StockLocation.WAREHOUSE, 0L);
          warehouseCovers &= l.kind == LocationKind.STORE && fromWarehouse >= e.getValue() - here;
        }
      }
      boolean all = shortLines.isEmpty();
      answer.add(
          new Availability(
              l.code,
              l.name,
              l.kind,
              l.address,
              all,
              List.copyOf(shortLines),
              !all && warehouseCovers ? today.plusDays(l.transferDays) : null));
    }
    return answer;
  }

  /**
   * The search flags from operations, per code key of the given products: in stock (at least one
   * unit available at the central warehouse: orderable for delivery now), the stores with at least
   * one unit available (pickup), and discounted (a promotion runs today or an active collection
   * discounts it: what pricing would apply). For {@code SearchBackend.replaceCatalog(catalog,
   * signals)}.
   */
  @Override
  @Transactional
  public ProductSignals productSignals(List<Product> products) {
    Set<String> stores = storeCodes();
    Set<String> inStock = new HashSet<>();
    Map<String, Set<String>> atStores = new HashMap<>();
    em.createQuery(
            "select s.codeKey, s.locationCode from StockItem s where s.onHand > s.reserved",
            Object[].class)
        .getResultStream()
        .forEach(row -> collect((String) row[0], (String) row[1], stores, inStock, atStores));
    Instant now = clock.instant();
    Map<String, Integer> promos = promotions.activeOn(LocalDate.ofInstant(now, config.zone()));
    Map<String, CollectionDiscounts.Applied> collections =
        collectionDiscounts.at(now, products.stream().map(Product::codeKey).toList());
    Map<String, ProductSignals.Signal> signals = new HashMap<>();
    for (Product p : products) {
      boolean discounted =
          promos.getOrDefault(p.codeKey(), 0) > 0 || collections.containsKey(p.codeKey());
      ProductSignals.Signal signal =
          new ProductSignals.Signal(
              inStock.contains(p.codeKey()),
              discounted,
              atStores.getOrDefault(p.codeKey(), Set.of()));
      if (!signal.equals(ProductSignals.Signal.NONE)) {
        signals.put(p.codeKey(), signal);
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
    Set<String> stores = storeCodes();
    Set<String> inStock = new HashSet<>();
    Map<String, Set<String>> atStores = new HashMap<>();
    Set<String> promoted = new HashSet<>();
    for (int from = 0; from < keys.size(); from += IN_LIST) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
      em.createQuery(
              "select s.codeKey, s.locationCode from StockItem s where s.codeKey in :keys"
                  + " and s.onHand > s.reserved",
              Object[].class)
          .setParameter("keys", chunk)
          .getResultStream()
          .forEach(row -> collect((String) row[0], (String) row[1], stores, inStock, atStores));
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
              inStock.contains(key),
              promoted.contains(key) || collections.containsKey(key),
              atStores.getOrDefault(key, Set.of())));
    }
    return new ProductSignals(signals);
  }

  private Set<String> storeCodes() {
    return new HashSet<>(
        em.createQuery("select l.code from StockLocation l where l.kind = :k", String.class)
            .setParameter("k", LocationKind.STORE)
            .getResultList());
  }

  private static void collect(
      String codeKey,
      String location,
      Set<String> stores,
      Set<String> inStock,
      Map<String, Set<String>> atStores) {
    if (StockLocation.WAREHOUSE.equals(location)) {
      inStock.add(codeKey);
    } else if (stores.contains(location)) {
      atStores.computeIfAbsent(codeKey, k -> new TreeSet<>()).add(location);
    }
  }
}
