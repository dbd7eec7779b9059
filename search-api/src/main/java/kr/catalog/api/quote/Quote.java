package kr.catalog.api.quote;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.catalog.api.pricing.PricingGrade;

/**
 * One version of a quote. A revision is a new row with the same {@link #quoteNo} and the next
 * {@link #version}; the older one becomes {@link QuoteStatus#SUPERSEDED}. The customer's grade is
 * copied so a later grade change never alters what was quoted.
 */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "quote_no", nullable = false, length = 32)
  public String quoteNo;

  @Column(nullable = false)
  public int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public QuoteStatus status;

  @Column(name = "company_id", nullable = false)
  public Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PricingGrade grade;

  @Column(name = "created_by", nullable = false)
  public Long createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** The business day whose promotions priced it. */
  @Column(name = "priced_on", nullable = false)
  public LocalDate pricedOn;

  /** Last day (inclusive, business time zone) on which it may be ordered. */
  @Column(name = "valid_until", nullable = false)
  public LocalDate validUntil;

  @Column(length = 1000)
  public String note;

  @Column(name = "net_total", nullable = false)
  public long netTotal;

  @Column(name = "vat_total", nullable = false)
  public long vatTotal;

  @Column(name = "gross_total", nullable = false)
  public long grossTotal;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "quote_id", nullable = false)
  @OrderBy("lineNo")
  public List<QuoteLine> lines = new ArrayList<>();

  /** Whether it can no longer be ordered on {@code today}. */
  public boolean expiredOn(LocalDate today) {
    return today.isAfter(validUntil);
  }
}
