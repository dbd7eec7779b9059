package kr.catalog.api.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.catalog.api.pricing.PricedLineEntity;

/** One line of an order with the prices it was accepted at. */
@Entity
@Table(name = "order_line")
public class OrderLine extends PricedLineEntity {

  /**
   * Units the picker took off the shelf; null until picking recorded the line. Once picking
   * finished it is what leaves with the order ({@link #quantityToShip()}).
   */
  @Column(name = "picked_quantity")
  public Integer pickedQuantity;

  /**
   * How many units of this line leave with the order: the ordered quantity until picking records a
   * shortfall (issue 17): then the picked quantity. The shortfall itself became a back-order or was
   * cancelled when picking finished (docs/ORDERS.md, "Back-orders"). Packing, loading, shipping and
   * claims count this, never {@code quantity}, so a short line is never shipped or billed as if it
   * were whole.
   */
  public int quantityToShip() {
    return pickedQuantity == null ? quantity : pickedQuantity;
  }
}
