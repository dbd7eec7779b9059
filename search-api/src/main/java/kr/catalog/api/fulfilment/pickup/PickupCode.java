package kr.catalog.api.fulfilment.pickup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The pickup code of one pickup order (the latest issued). */
@Entity
@Table(name = "pickup_code")
public class PickupCode extends PanacheEntityBase {

  /** Wrong tries after which the code is locked until staff issue a new one. */
  public static final int MAX_WRONG_TRIES = 5;

  @Id
  @Column(name = "order_id")
  public Long orderId;

  @Column(nullable = false, length = 6)
  public String code;

  @Column(name = "issued_at", nullable = false)
  public Instant issuedAt;

  @Column(name = "issued_by", nullable = false)
  public Long issuedBy;

  @Column(name = "wrong_tries", nullable = false)
  public int wrongTries;

  @Column(name = "used_at")
  public Instant usedAt;

  /** Whether too many wrong tries locked it. */
  public boolean locked() {
    return wrongTries >= MAX_WRONG_TRIES;
  }
}
