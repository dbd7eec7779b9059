package kr.catalog.api.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An accepted order. Who placed it ({@link #placedBy}: a customer user or a staff member) and whom
 * it is for ({@link #companyId}) are recorded separately.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "company_id", nullable = false)
  public Long companyId;

  @Column(name = "placed_by", nullable = false)
  public Long placedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Fulfilment fulfilment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  public OrderStatus status;

  @Column(name = "quote_id")
  public Long quoteId;

  @Column(name = "delivery_address", length = 400)
  public String deliveryAddress;

  /**
   * The location the order's stock is reserved at (a code of {@link StockLocation}): the warehouse
   * for deliveries, the chosen store for pickups. Releases and shipments take the stock there.
   */
  @Column(name = "stock_location", nullable = false, length = 32)
  public String stockLocation = StockLocation.WAREHOUSE;

  /** Delivery: the 5-digit postal code the delivery rules classify by (issue 17). */
  @Column(name = "delivery_postal_code", length = 5)
  public String deliveryPostalCode;

  /** Delivery: the vehicle plate(s) the packages left on, recorded when the order is LOADED. */
  @Column(name = "loaded_vehicle", length = 100)
  public String loadedVehicle;

  @Column(name = "picking_location", length = 64)
  public String pickingLocation;

  @Column(length = 64)
  public String region;

  @Column(name = "delivery_partner", length = 64)
  public String deliveryPartner;

  /** The order whose shortfall this back-order carries; null for an order placed by a customer. */
  @Column(name = "back_order_of")
  public Long backOrderOf;

  /** What finishing picking did with a short line; null when no line was short. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  public Shortfall shortfall;

  @Column(name = "idempotency_key", length = 100)
  public String idempotencyKey;

  /** SHA-256 of the submitted request, to refuse a reused key with another body. */
  @Column(name = "request_hash", length = 64)
  public String requestHash;

  @Column(name = "net_total", nullable = false)
  public long netTotal;

  @Column(name = "vat_total", nullable = false)
  public long vatTotal;

  @Column(name = "gross_total", nullable = false)
  public long grossTotal;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "order_id", nullable = false)
  @OrderBy("lineNo")
  public List<OrderLine> lines = new ArrayList<>();

  /** Units per code key, in code-key order (the order stock is always locked in). */
  public SortedMap<String, Long> quantities() {
    SortedMap<String, Long> q = new TreeMap<>();
    for (OrderLine line : lines) {
      q.merge(line.codeKey, (long) line.quantity, Long::sum);
    }
    return q;
  }

  /**
   * Units per code key that leave with the order ({@link OrderLine#quantityToShip()}), in code-key
   * order: what a shipment takes off the shelf and out of the reservation.
   */
  public SortedMap<String, Long> quantitiesToShip() {
    SortedMap<String, Long> q = new TreeMap<>();
    for (OrderLine line : lines) {
      q.merge(line.codeKey, (long) line.quantityToShip(), Long::sum);
    }
    return q;
  }
}
