package kr.catalog.api.fulfilment.acceptance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** What the customer took over of one order line: accepted + short + damaged = shipped. */
@Entity
@Table(name = "acceptance_line")
@IdClass(AcceptanceLine.Key.class)
public class AcceptanceLine extends PanacheEntityBase {

  @Id
  @Column(name = "order_id")
  public Long orderId;

  @Id
  @Column(name = "line_no")
  public Integer lineNo;

  @Column(nullable = false)
  public int accepted;

  @Column(name = "short_qty", nullable = false)
  public int shortQuantity;

  @Column(nullable = false)
  public int damaged;

  @Column(name = "recorded_by", nullable = false)
  public Long recordedBy;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  /** The primary key: order and line number. */
  public static class Key implements Serializable {
    public Long orderId;
    public Integer lineNo;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(orderId, k.orderId)
          && Objects.equals(lineNo, k.lineNo);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderId, lineNo);
    }
  }
}
