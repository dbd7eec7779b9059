package kr.catalog.api.notify;

/**
 * One event to tell a customer company's users about.
 *
 * @param kind what happened
 * @param eventKey unique and stable per event ({@code order-12-e345}: order 12, its event row 345);
 *     with the recipient it makes the mail's Message-ID, so a mail sent twice is recognisable
 * @param companyId the customer company whose active users are told
 * @param orderId the order it concerns (the UI links to it), or null
 * @param subjectKo the subject in Korean ({@code 주문 12})
 * @param subjectEn the subject in English ({@code Order 12})
 * @param detailKo a sentence added to the body in Korean (the pickup code, a claim's decision), or
 *     null
 * @param detailEn the same sentence in English, or null
 */
public record NotificationEvent(
    NotificationKind kind,
    String eventKey,
    long companyId,
    Long orderId,
    String subjectKo,
    String subjectEn,
    String detailKo,
    String detailEn) {

  /** An event whose body is its kind's sentence only. */
  public NotificationEvent(
      NotificationKind kind,
      String eventKey,
      long companyId,
      Long orderId,
      String subjectKo,
      String subjectEn) {
    this(kind, eventKey, companyId, orderId, subjectKo, subjectEn, null, null);
  }
}
