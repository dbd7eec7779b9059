package kr.catalog.api.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Stock of one product at one location: units there and units reserved by accepted orders. Changed
 * only by conditional updates in {@link StockService}, never by read-modify-write of this entity.
 */
@Entity
@Table(name = "stock_item")
@IdClass(StockItem.Key.class)
public class StockItem extends PanacheEntityBase {

  /** The primary key: product and location (a class with fields, as JPA's id classes need). */
  public static class Key implements Serializable {
    public String codeKey;
    public String locationCode;

    /** For JPA. */
    public Key() {}

    public Key(String codeKey, String locationCode) {
      this.codeKey = codeKey;
      this.locationCode = locationCode;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(codeKey, k.codeKey)
          && Objects.equals(locationCode, k.locationCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(codeKey, locationCode);
    }
  }

  @Id
  @Column(name = "code_key", length = 64)
  public String codeKey;

  @Id
  @Column(name = "location_code", length = 32)
  public String locationCode;

  @Column(name = "on_hand", nullable = false)
  public long onHand;

  @Column(nullable = false)
  public long reserved;

  /** Where the product lies at the location (zone-aisle-shelf), for picking; null when unknown. */
  @Column(length = 32)
  public String bin;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Units that may still be reserved. */
  public long available() {
    return onHand - reserved;
  }
}
