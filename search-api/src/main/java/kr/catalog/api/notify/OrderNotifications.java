package kr.catalog.api.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.catalog.api.order.OrderMoved;

/** Turns the order moves customers are told about into outbox rows, in the move's transaction. */
@ApplicationScoped
public class OrderNotifications {

  @Inject Outbox outbox;
  @Inject Instance<OrderMoveDetail> details;

  /**
   * What a fulfilment capability adds to the notification of a move (the pickup code to
   * READY_FOR_PICKUP). Implemented where the information lives, so this package need not know it;
   * called in the move's transaction, after the capability's {@code StepHook} wrote it.
   */
  public interface OrderMoveDetail {
    /** The sentence to add, in Korean and English, if this capability has one for the move. */
    Optional<Detail> of(OrderMoved move);
  }

  /** A sentence added to a notification's body. */
  public record Detail(String korean, String english) {}

  /** A synchronous observer: it runs inside the order's transaction, before its commit. */
  void onMove(@Observes OrderMoved move) {
    NotificationKind.forOrder(move.to())
        .ifPresent(
            kind -> {
              Detail detail = null;
              for (OrderMoveDetail d : details) {
                Optional<Detail> found = d.of(move);
                if (found.isPresent()) {
                  detail = found.get();
                  break;
                }
              }
              outbox.enqueue(
                  new NotificationEvent(
                      kind,
                      "order-" + move.orderId() + "-e" + move.eventId(),
                      move.companyId(),
                      move.orderId(),
                      "주문 " + move.orderId(),
                      "Order " + move.orderId(),
                      detail == null ? null : detail.korean(),
                      detail == null ? null : detail.english()));
            });
  }
}
