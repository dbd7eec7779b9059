package kr.catalog.api.fulfilment.outbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registered vehicle, the company's own (partner 자사차량) or a delivery partner's. */
@Entity
@Table(name = "vehicle")
public class Vehicle extends PanacheEntityBase {

  /** The company's own vehicles name this partner. */
  public static final String OWN = "자사차량";

  @Id
  @Column(length = 16)
  public String plate;

  /** Kind of vehicle, e.g. "1톤 탑차". */
  @Column(nullable = false, length = 32)
  public String kind;

  @Column(name = "capacity_kg", nullable = false)
  public int capacityKg;

  @Column(nullable = false, length = 64)
  public String partner;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
