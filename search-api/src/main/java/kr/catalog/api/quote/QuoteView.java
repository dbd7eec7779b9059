package kr.catalog.api.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.catalog.api.pricing.PricingGrade;

/**
 * A quote as answered by {@code GET /api/quotes/{id}}: every line shows each pricing step.
 *
 * @param id this version's id (what the other quote endpoints take)
 * @param quoteNo the quote's number, shared by its versions
 * @param version 1 for the first, +1 per revision
 * @param status OPEN, SUPERSEDED or ORDERED
 * @param expired whether its validity date has passed
 * @param customer who it is for
 * @param createdBy the display name of the user who made it, never a log-in name (customers see it
 *     on the quotes a counsellor made for them)
 * @param createdAt when
 * @param pricedOn the business day whose promotions priced it
 * @param validUntil last day it may be ordered (inclusive)
 * @param note free text
 * @param lines the lines
 * @param totals sums of the lines
 * @param orderId the order it became, when ORDERED
 */
public record QuoteView(
    long id,
    String quoteNo,
    int version,
    QuoteStatus status,
    boolean expired,
    Customer customer,
    String createdBy,
    Instant createdAt,
    LocalDate pricedOn,
    LocalDate validUntil,
    String note,
    List<Line> lines,
    Totals totals,
    Long orderId) {

  /** The customer company. */
  public record Customer(long id, String name, PricingGrade grade) {}

  /**
   * A priced line; amounts in whole KRW, VAT excluded unless named gross/vat. {@code promoSource}
   * names the promotion step's origin: {@code promotion:ID} or {@code collection:SLUG}.
   */
  public record Line(
      int lineNo,
      String code,
      String name,
      int quantity,
      long listPrice,
      int tierPercent,
      long tierDiscount,
      int gradePercent,
      long gradeDiscount,
      int promoPercent,
      long promoDiscount,
      String promoSource,
      long unitPrice,
      long netAmount,
      long vatAmount,
      long grossAmount) {

    /** A line as quotes and orders both store it: identity plus every pricing step. */
    public static Line of(kr.catalog.api.pricing.PricedLineEntity line) {
      kr.catalog.api.pricing.LineAmounts a = line.amounts;
      return new Line(
          line.lineNo,
          line.code,
          line.name,
          line.quantity,
          a.listPrice,
          a.tierPercent,
          a.tierDiscount,
          a.gradePercent,
          a.gradeDiscount,
          a.promoPercent,
          a.promoDiscount,
          a.promoSource,
          a.unitPrice,
          a.netAmount,
          a.vatAmount,
          a.grossAmount);
    }
  }

  /** Sums of the lines' net, VAT and gross amounts. */
  public record Totals(long net, long vat, long gross) {}
}
