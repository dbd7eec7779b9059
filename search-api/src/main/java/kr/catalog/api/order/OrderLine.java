package kr.catalog.api.order;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.catalog.api.pricing.PricedLineEntity;

/** One line of an order with the prices it was accepted at. */
@Entity
@Table(name = "order_line")
public class OrderLine extends PricedLineEntity {

  /**
   * How many units of this line leave with the order: the ordered quantity until picking records a
   * shortfall (issue 17). Packing, loading, shipping and claims count this, never {@code quantity},
   * so a short line is never shipped or billed as if it were whole.
   */
  public int quantityToShip() {
    return quantity;
  }
}
