package kr.catalog.api.fulfilment.acceptance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The units of one order line a claim is about, priced at the line's accepted unit price. */
@Entity
@Table(name = "claim_line")
public class ClaimLine extends PanacheEntityBase {

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

  /** The order line's net unit price (after its discounts, VAT excluded) when it was accepted. */
  @Column(name = "unit_price", nullable = false)
  public long unitPrice;

  @Column(name = "net_amount", nullable = false)
  public long netAmount;

  @Column(name = "vat_amount", nullable = false)
  public long vatAmount;

  @Column(name = "gross_amount", nullable = false)
  public long grossAmount;
}
