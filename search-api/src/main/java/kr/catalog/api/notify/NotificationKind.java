package kr.catalog.api.notify;

import java.util.Optional;
import kr.catalog.api.order.OrderStatus;

/**
 * What a notification reports, with its text in Korean and English. A new kind of event is one
 * constant here plus one {@link Outbox#enqueue} call where the change happens (claims, issue #17:
 * {@link #CLAIM_DECIDED} is enqueued with the claim's decision, its subject "클레임 N" / "Claim N").
 */
public enum NotificationKind {
  /** The warehouse confirmed the order (RECEIVED to CONFIRMED). */
  ORDER_CONFIRMED("확인되어 출고 준비를 시작합니다", "has been confirmed; we are preparing it"),
  /** The goods left on the vehicle and are on the way (LOADED to IN_TRANSIT). */
  ORDER_SHIPPED("출고되어 배송 중입니다", "has shipped and is on its way"),
  /** Store pickup: packed and waiting at the counter. */
  ORDER_READY_FOR_PICKUP("매장에서 찾아가실 수 있습니다", "is ready for pickup at the store"),
  /** Delivered at the address; the customer inspects and accepts it next. */
  ORDER_DELIVERED(
      "배송이 완료되었습니다. 받으신 물품을 확인해 주세요", "has been delivered; please inspect and accept it"),
  /** Staff approved or rejected a claim the customer's inspection opened. */
  CLAIM_DECIDED("처리 결과가 나왔습니다", "has been decided");

  private final String korean;
  private final String english;

  NotificationKind(String korean, String english) {
    this.korean = korean;
    this.english = english;
  }

  /** The Korean sentence after the subject ("주문 12: ..."). */
  public String korean() {
    return korean;
  }

  /** The English sentence after the subject ("Order 12 ..."). */
  public String english() {
    return english;
  }

  /**
   * The kind an order reaching {@code to} reports, if customers are told about it. "Shipped" is
   * IN_TRANSIT, the state the customer's goods are on the road in; loading, picking and the other
   * warehouse steps are followed on the order page, not announced.
   */
  public static Optional<NotificationKind> forOrder(OrderStatus to) {
    return Optional.ofNullable(
        switch (to) {
          case CONFIRMED -> ORDER_CONFIRMED;
          case IN_TRANSIT -> ORDER_SHIPPED;
          case READY_FOR_PICKUP -> ORDER_READY_FOR_PICKUP;
          case DELIVERED -> ORDER_DELIVERED;
          default -> null;
        });
  }
}
