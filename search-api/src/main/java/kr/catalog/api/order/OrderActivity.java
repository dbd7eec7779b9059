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

/**
 * One fact a fulfilment step recorded on an order (a line picked, a code scanned, a package
 * packed...): who, when, what. State moves stay in {@link OrderEvent}; together they are the
 * order's audit trail. Written through {@link OrderJournal}.
 */
@Entity
@Table(name = "order_activity")
public class OrderActivity extends PanacheEntityBase {

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

  /** What happened, e.g. {@code LINE_PICKED}; each capability names its own kinds. */
  @Column(nullable = false, length = 40)
  public String kind;

  /** The order line concerned, if the fact is about one line. */
  @Column(name = "line_no")
  public Integer lineNo;

  /** The fact's values as a JSON object. */
  @Column(nullable = false, length = 4000)
  public String detail;
}
