package kr.catalog.api.fulfilment.outbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One box of an order: what it holds, its size and weights, and the vehicle it was loaded on. */
@Entity
@Table(name = "order_package")
public class OrderPackage extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "order_id", nullable = false)
  public Long orderId;

  /** Sequence within the order; never reused, so a removed package's number is never reprinted. */
  @Column(nullable = false)
  public int seq;

  /** The number printed on the label and scanned at loading: order id, hyphen, sequence. */
  @Column(name = "package_no", nullable = false, length = 24)
  public String packageNo;

  /** The named box size it was packed in, if one was named. */
  @Column(name = "box_size", length = 8)
  public String boxSize;

  @Column(name = "length_mm", nullable = false)
  public int lengthMm;

  @Column(name = "width_mm", nullable = false)
  public int widthMm;

  @Column(name = "height_mm", nullable = false)
  public int heightMm;

  /**
   * Sum of the catalog weights of the units inside, in grams, as the catalog had them at packing.
   */
  @Column(name = "computed_weight_g", nullable = false)
  public long computedWeightG;

  /** Units inside whose product has no weight in the catalog (left out of the computed weight). */
  @Column(name = "unweighed_units", nullable = false)
  public int unweighedUnits;

  /** The weight on the scale, in grams, when the packer gave one. */
  @Column(name = "measured_weight_g")
  public Long measuredWeightG;

  @Column(name = "vehicle_plate", length = 16)
  public String vehiclePlate;

  @Column(name = "loaded_at")
  public Instant loadedAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "order_package_line", joinColumns = @JoinColumn(name = "package_id"))
  @OrderBy("lineNo")
  public List<Content> lines = new ArrayList<>();

  /** Units of one order line in the package. */
  @Embeddable
  public static class Content {
    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(nullable = false)
    public int quantity;

    /** For JPA. */
    public Content() {}

    /** Units of a line. */
    public Content(int lineNo, int quantity) {
      this.lineNo = lineNo;
      this.quantity = quantity;
    }
  }

  /** The weight that counts for a vehicle's load: the scale's when measured, else the catalog's. */
  public long loadWeightG() {
    return measuredWeightG != null ? measuredWeightG : computedWeightG;
  }

  /** The package number of an order's n-th package: {@code 1042-01}. */
  public static String number(long orderId, int seq) {
    return orderId + "-" + (seq < 10 ? "0" + seq : Integer.toString(seq));
  }
}
