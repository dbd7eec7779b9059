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

  /**
   * The same line's prices for another quantity: every unit price step kept (the discounts the line
   * was accepted with, its quantity tier included), the amounts multiplied out again. A line picked
   * short bills the units picked; its back-order the units missing, at the same prices.
   */
  public LineAmounts forQuantity(int quantity) {
    if (quantity < 0) {
      throw new IllegalArgumentException("quantity must be 0 or more");
    }
    LineAmounts a = new LineAmounts();
    a.listPrice = listPrice;
    a.tierPercent = tierPercent;
    a.tierDiscount = tierDiscount;
    a.gradePercent = gradePercent;
    a.gradeDiscount = gradeDiscount;
    a.promoPercent = promoPercent;
    a.promoDiscount = promoDiscount;
    a.promoSource = promoSource;
    a.unitPrice = unitPrice;
    a.netAmount = Math.multiplyExact(unitPrice, (long) quantity);
    a.vatAmount = PricingRule.percentOf(a.netAmount, PricingRule.VAT_PERCENT);
    a.grossAmount = Math.addExact(a.netAmount, a.vatAmount);
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
