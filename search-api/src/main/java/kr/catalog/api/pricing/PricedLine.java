package kr.catalog.api.pricing;

/**
 * One priced line with every step of {@link PricingRule}, all amounts in whole KRW.
 *
 * @param quantity units
 * @param listPrice unit list price, VAT excluded
 * @param tierPercent quantity-tier discount in whole percent
 * @param tierDiscount won taken off the unit price by the tier
 * @param gradePercent customer-grade discount in whole percent
 * @param gradeDiscount won taken off the unit price by the grade
 * @param promoPercent active promotion discount in whole percent
 * @param promoDiscount won taken off the unit price by the promotion
 * @param unitPrice net unit price after the three discounts, VAT excluded
 * @param netAmount {@code unitPrice x quantity}, VAT excluded
 * @param vatAmount 10% of {@code netAmount}, rounded half-up to the won on this line
 * @param grossAmount {@code netAmount + vatAmount}
 * @param promoSource where the promotion step came from ({@code promotion:ID} or {@code
 *     collection:SLUG}), null when none
 */
public record PricedLine(
    int quantity,
    long listPrice,
    int tierPercent,
    long tierDiscount,
    int gradePercent,
    long gradeDiscount,
    int promoPercent,
    long promoDiscount,
    long unitPrice,
    long netAmount,
    long vatAmount,
    long grossAmount,
    String promoSource) {}
