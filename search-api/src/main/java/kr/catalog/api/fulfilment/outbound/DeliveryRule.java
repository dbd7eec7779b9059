package kr.catalog.api.fulfilment.outbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A postal-code prefix and the region and partner its deliveries go to. */
@Entity
@Table(name = "delivery_rule")
public class DeliveryRule extends PanacheEntityBase {

  @Id
  @Column(length = 5)
  public String prefix;

  @Column(nullable = false, length = 64)
  public String region;

  @Column(nullable = false, length = 64)
  public String partner;
}
