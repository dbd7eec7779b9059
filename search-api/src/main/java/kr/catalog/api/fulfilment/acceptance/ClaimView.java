package kr.catalog.api.fulfilment.acceptance;

import java.time.Instant;
import java.util.List;

/**
 * A claim as answered by the API.
 *
 * @param id the claim's number ("클레임 12")
 * @param orderId the order it is about
 * @param kind return or credit note
 * @param status where it stands
 * @param description what the customer reported
 * @param openedAt when the inspection opened it
 * @param net claimed amount, VAT excluded
 * @param vat its VAT
 * @param gross claimed amount, VAT included
 * @param decidedAt when staff decided, or null
 * @param decisionReason the reason given, or null
 * @param receivedAt when a return's goods came back, or null
 * @param creditNoteNo the credit note's number once the amount is credited, or null
 * @param creditedAt when it was credited, or null
 * @param lines the claimed units per order line
 */
public record ClaimView(
    long id,
    long orderId,
    ClaimKind kind,
    ClaimStatus status,
    String description,
    Instant openedAt,
    long net,
    long vat,
    long gross,
    Instant decidedAt,
    String decisionReason,
    Instant receivedAt,
    String creditNoteNo,
    Instant creditedAt,
    List<Line> lines) {

  /** One claimed order line. */
  public record Line(
      int lineNo,
      String code,
      String name,
      int quantity,
      long unitPrice,
      long net,
      long vat,
      long gross) {}

  static ClaimView of(Claim c) {
    return new ClaimView(
        c.id,
        c.orderId,
        c.kind,
        c.status,
        c.description,
        c.openedAt,
        c.netAmount,
        c.vatAmount,
        c.grossAmount,
        c.decidedAt,
        c.decisionReason,
        c.receivedAt,
        c.creditNoteNo,
        c.creditedAt,
        c.lines.stream()
            .map(
                l ->
                    new Line(
                        l.lineNo,
                        l.code,
                        l.name,
                        l.quantity,
                        l.unitPrice,
                        l.netAmount,
                        l.vatAmount,
                        l.grossAmount))
            .toList());
  }
}
