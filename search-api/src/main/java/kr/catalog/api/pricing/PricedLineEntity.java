package kr.catalog.api.pricing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What quote lines and order lines both store: the product as it was priced and every pricing step.
 * Each subclass maps it to its own table.
 */
@MappedSuperclass
public abstract class PricedLineEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "line_no", nullable = false)
  public int lineNo;

  @Column(name = "code_key", nullable = false, length = 64)
  public String codeKey;

  @Column(nullable = false, length = 64)
  public String code;

  @Column(nullable = false, length = 300)
  public String name;

  @Column(nullable = false)
  public int quantity;

  @Embedded public LineAmounts amounts;
}
