package kr.catalog.api.catalog;

import java.util.Collection;
import java.util.List;
import kr.catalog.model.Product;
import kr.catalog.search.ProductSignals;

/**
 * The in-stock and discounted flags the catalog is indexed with. Stock, promotions and collection
 * discounts own them ({@code kr.catalog.api.order.StockService}); the bootstrap and {@link
 * LiveSignals} ask through this port so the catalog package, which the commerce packages read
 * products from, depends on none of them.
 */
public interface SearchSignals {

  /** The flags of these products as of now. */
  ProductSignals productSignals(List<Product> products);

  /**
   * The flags of these products as of now, one entry per code key (neither in stock nor discounted
   * included), for a partial update.
   */
  ProductSignals signalsOf(Collection<String> codeKeys);
}
