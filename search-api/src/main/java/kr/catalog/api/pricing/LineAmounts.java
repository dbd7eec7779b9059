package kr.catalog.api.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The pricing steps of a stored quote or order line (the columns of a {@link PricedLine}). */
@Embeddable
public class LineAmounts {

  @Column(name = "list_price", nullable = false)
  public long listPrice;

  @Column(name = "tier_percent", nullable = false)
  public int tierPercent;

  @Column(name = "tier_discount", nullable = false)
  public long tierDiscount;

  @Column(name = "grade_percent", nullable = false)
  public int gradePercent;

  @Column(name = "grade_discount", nullable = false)
  public long gradeDiscount;

  @Column(name = "promo_percent", nullable = false)
  public int promoPercent;

  @Column(name = "promo_discount", nullable = false)
  public long promoDiscount;

  /** {@code promotion:ID} or {@code collection:SLUG}; null when no promotional discount. */
  @Column(name = "promo_source", length = 100)
  public String promoSource;

  @Column(name = "unit_price", nullable = false)
  public long unitPrice;

  @Column(name = "net_amount", nullable = false)
  public long netAmount;

  @Column(name = "vat_amount", nullable = false)
  public long vatAmount;

  @Column(name = "gross_amount", nullable = false)
  public long grossAmount;

  /** The stored form of a priced line. */
  public static LineAmounts of(PricedLine p) {
    LineAmounts a = new LineAmounts();
    a.listPrice = p.listPrice();
    a.tierPercent = p.tierPercent();
    a.tierDiscount = p.tierDiscount();
    a.gradePercent = p.gradePercent();
    a.gradeDiscount = p.gradeDiscount();
    a.promoPercent = p.promoPercent();
    a.promoDiscount = p.promoDiscount();
    a.promoSource = p.promoSource();
    a.unitPrice = p.unitPrice();
    a.netAmount = p.netAmount();
    a.vatAmount = p.vatAmount();
    a.grossAmount = p.grossAmount();
    return a;
  }

  /** Back to the priced line, for a line of this quantity. */
  public PricedLine toPricedLine(int quantity) {
    return new PricedLine(
        quantity,
        listPrice,
        tierPercent,
        tierDiscount,
        gradePercent,
        gradeDiscount,
        promoPercent,
        promoDiscount,
        unitPrice,
        netAmount,
        vatAmount,
        grossAmount,
        promoSource);
  }
}
