package kr.catalog.api.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kr.catalog.api.pricing.LineAmounts;

/** One line of a quote with its product as quoted and every pricing step. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends PanacheEntityBase {

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
