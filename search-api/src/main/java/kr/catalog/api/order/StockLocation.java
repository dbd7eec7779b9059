package kr.catalog.api.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A place that holds stock: the central warehouse or a branch store. Its code ({@code WH}, {@code
 * SEONGSU}) names it in the API, on orders and in the search filter.
 */
@Entity
@Table(name = "stock_location")
public class StockLocation extends PanacheEntityBase {

  /** The code of the central warehouse, created by the migration. */
  public static final String WAREHOUSE = "WH";

  @Id
  @Column(length = 32)
  public String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public LocationKind kind;

  @Column(nullable = false, length = 100)
  public String name;

  @Column(nullable = false, length = 300)
  public String address;

  /** Days a transfer from the warehouse takes to arrive here; 0 for the warehouse itself. */
  @Column(name = "transfer_days", nullable = false)
  public int transferDays;

  @Column(name = "sort_order", nullable = false)
  public int sortOrder;
}
