package kr.catalog.api.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Stock of one product: units in the warehouse and units reserved by accepted orders. Changed only
 * by conditional updates in {@link StockService}, never by read-modify-write of this entity.
 */
@Entity
@Table(name = "stock_item")
public class StockItem extends PanacheEntityBase {

  @Id
  @Column(name = "code_key", length = 64)
  public String codeKey;

  @Column(name = "on_hand", nullable = false)
  public long onHand;

  @Column(nullable = false)
  public long reserved;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Units that may still be reserved. */
  public long available() {
    return onHand - reserved;
  }
}
