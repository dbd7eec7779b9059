package kr.catalog.api.pricing;

import java.util.List;

/**
 * The pricing rule, the only place a price is computed (written out in {@code docs/ORDERS.md}).
 *
 * <ol>
 *   <li>Start from the unit list price {@code L} (whole won, VAT excluded).
 *   <li>Quantity tier: 1-9 units 0%, 10-49 units 3%, 50-99 units 5%, 100 units and more 8%.
 *   <li>Customer grade: STANDARD 0%, SILVER 3%, GOLD 5%, PLATINUM 8%.
 *   <li>Promotional discount: the largest single one among the promotions running on the product on
 *       the pricing date and the discounts of the collections active at the pricing instant that
 *       the product belongs to (0 when none). They never stack; on a tie the promotion is named.
 *       See {@link Discount}.
 * </ol>
 *
 * The three discounts compound, in that order, on the unit price: each takes {@code
 * round_half_up(price x percent / 100)} won off the price left by the previous step. Compounding
 * (rather than adding percentages) keeps every step a plain "x% off what is printed above it" on
 * the quote sheet and can never reach zero or below. The line's net amount is the net unit price
 * times the quantity (exact, so "unit price x quantity" on the sheet always multiplies out). VAT is
 * 10% of the line's net amount rounded half-up to the won, per line; the document's totals are the
 * sums of the lines' net, VAT and gross amounts, with no further rounding.
 */
public final class PricingRule {

  /** Korean VAT, percent. */
  public static final int VAT_PERCENT = 10;

  private PricingRule() {}

  /** The quantity-tier discount in whole percent for this many units. */
  public static int tierPercent(int quantity) {
    if (quantity >= 100) {
      return 8;
    }
    if (quantity >= 50) {
      return 5;
    }
    if (quantity >= 10) {
      return 3;
    }
    return 0;
  }

  /**
   * Prices one line.
   *
   * @param listPrice unit list price in won, VAT excluded, {@code >= 0}
   * @param quantity units, {@code >= 1}
   * @param grade the customer's grade
   * @param promoPercent the active promotion's percentage on the pricing date, 0 when none
   */
  public static PricedLine price(
      long listPrice, int quantity, PricingGrade grade, int promoPercent) {
    return price(listPrice, quantity, grade, new Discount(promoPercent, null));
  }

  /**
   * Prices one line.
   *
   * @param listPrice unit list price in won, VAT excluded, {@code >= 0}
   * @param quantity units, {@code >= 1}
   * @param grade the customer's grade
   * @param promo the one promotional discount of the product at the pricing instant
   */
  public static PricedLine price(long listPrice, int quantity, PricingGrade grade, Discount promo) {
    int promoPercent = promo.percent();
    if (listPrice < 0 || quantity < 1) {
      throw new IllegalArgumentException("list price, quantity or promotion out of range");
    }
    int tierPercent = tierPercent(quantity);
    long tierDiscount = percentOf(listPrice, tierPercent);
    long afterTier = listPrice - tierDiscount;
    long gradeDiscount = percentOf(afterTier, grade.percentOff());
    long afterGrade = afterTier - gradeDiscount;
    long promoDiscount = percentOf(afterGrade, promoPercent);
    long unitPrice = afterGrade - promoDiscount;
    long net = Math.multiplyExact(unitPrice, (long) quantity);
    long vat = percentOf(net, VAT_PERCENT);
    return new PricedLine(
        quantity,
        listPrice,
        tierPercent,
        tierDiscount,
        grade.percentOff(),
        gradeDiscount,
        promoPercent,
        promoDiscount,
        unitPrice,
        net,
        vat,
        Math.addExact(net, vat),
        promo.source());
  }

  /** Document totals: sums of the lines, no further rounding. */
  public static Totals totals(List<PricedLine> lines) {
    long net = 0;
    long vat = 0;
    long gross = 0;
    for (PricedLine line : lines) {
      net = Math.addExact(net, line.netAmount());
      vat = Math.addExact(vat, line.vatAmount());
      gross = Math.addExact(gross, line.grossAmount());
    }
    return new Totals(net, vat, gross);
  }

  /**
   * The VAT of a net amount, rounded as a line's VAT is: what a credit note for part of a line
   * charges back.
   */
  public static long vatOf(long net) {
    return percentOf(net, VAT_PERCENT);
  }

  /** {@code round_half_up(amount x percent / 100)} in integers, for non-negative amounts. */
  static long percentOf(long amount, int percent) {
    return Math.addExact(Math.multiplyExact(amount, (long) percent), 50L) / 100L;
  }

  /**
   * Totals of a quote or order, in won.
   *
   * @param net sum of the lines' net amounts (VAT excluded)
   * @param vat sum of the lines' VAT
   * @param gross sum of the lines' gross amounts ({@code net + vat})
   */
  public record Totals(long net, long vat, long gross) {}
}
