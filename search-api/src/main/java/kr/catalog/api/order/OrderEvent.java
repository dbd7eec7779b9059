package kr.catalog.api.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.catalog.api.security.Role;

/** One entry of an order's audit trail: who moved it from what to what, when, and why. */
@Entity
@Table(name = "order_event")
public class OrderEvent extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "order_id", nullable = false)
  public Long orderId;

  @Column(nullable = false)
  public Instant at;

  @Column(name = "actor_id", nullable = false)
  public Long actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_role", nullable = false, length = 16)
  public Role actorRole;

  /** Null for the event that records the order's acceptance. */
  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 24)
  public OrderStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 24)
  public OrderStatus toStatus;

  @Column(length = 1000)
  public String note;
}
