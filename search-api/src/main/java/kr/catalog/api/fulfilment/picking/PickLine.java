package kr.catalog.api.fulfilment.picking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of an order's pick list: where to take the order line's units (the order's stock
 * location and the bin the product lay in when picking started) and what the inspection scanned of
 * it. The units picked are on the order line ({@code OrderLine.pickedQuantity}).
 */
@Entity
@Table(name = "pick_line")
public class PickLine extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "order_id", nullable = false)
  public Long orderId;

  @Column(name = "line_no", nullable = false)
  public int lineNo;

  @Column(name = "location_code", nullable = false, length = 32)
  public String locationCode;

  /** Zone-aisle-shelf at the location; null when the product has no bin there. */
  @Column(length = 32)
  public String bin;

  /** Who recorded the last pick of the line. */
  @Column(name = "picked_by")
  public Long pickedBy;

  @Column(name = "picked_at")
  public Instant pickedAt;

  /** The picker's note on the line (a damaged unit left on the shelf, another bin). */
  @Column(length = 500)
  public String note;

  /** Units the shipping inspection accepted by scan or typed code. */
  @Column(name = "scanned_quantity", nullable = false)
  public int scannedQuantity;
}
