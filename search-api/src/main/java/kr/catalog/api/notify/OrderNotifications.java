package kr.catalog.api.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kr.catalog.api.order.OrderMoved;

/** Turns the order moves customers are told about into outbox rows, in the move's transaction. */
@ApplicationScoped
public class OrderNotifications {

  @Inject Outbox outbox;

  /** A synchronous observer: it runs inside the order's transaction, before its commit. */
  void onMove(@Observes OrderMoved move) {
    NotificationKind.forOrder(move.to())
        .ifPresent(
            kind ->
                outbox.enqueue(
                    new NotificationEvent(
                        kind,
                        "order-" + move.orderId() + "-e" + move.eventId(),
                        move.companyId(),
                        move.orderId(),
                        "주문 " + move.orderId(),
                        "Order " + move.orderId())));
  }
}
