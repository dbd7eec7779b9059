package kr.catalog.search;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-product facts that do not come from the printed catalog but from operations: stock (orders
 * and warehouse) and running discounts (promotions). The backend receives them next to the catalog
 * ({@link SearchBackend#replaceCatalog(kr.catalog.model.Catalog, ProductSignals)}) and indexes them
 * as the flags {@code in_stock} and {@code discount} and the stores holding it ({@code store}); a
 * product missing from the map is neither in stock nor discounted and at no store. The API computes
 * them from stock, promotions and collection discounts, in full for a reindex and for the changed
 * products only for {@link SearchBackend#updateSignals}.
 *
 * @param byCodeKey signals per {@code Product.codeKey}
 */
public record ProductSignals(Map<String, Signal> byCodeKey) {

  /** No stock and no discounts known. */
  public static final ProductSignals NONE = new ProductSignals(Map.of());

  public ProductSignals {
    byCodeKey = Map.copyOf(byCodeKey);
  }

  /** The signal of one product, never null. */
  public Signal of(String codeKey) {
    return byCodeKey.getOrDefault(codeKey, Signal.NONE);
  }

  /**
   * Operational facts of one product.
   *
   * @param inStock at least one unit available now at the central warehouse (orderable for
   *     delivery)
   * @param discounted a promotion lowers its price now
   * @param stores codes of the branch stores with at least one unit available now (pickup), sorted
   */
  public record Signal(boolean inStock, boolean discounted, Set<String> stores) {
    /** Not in stock, not discounted, at no store. */
    public static final Signal NONE = new Signal(false, false);

    public Signal {
      stores = Collections.unmodifiableSortedSet(new TreeSet<>(stores));
    }

    /** A signal at no store. */
    public Signal(boolean inStock, boolean discounted) {
      this(inStock, discounted, Set.of());
    }
  }
}
