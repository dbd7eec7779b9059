package kr.catalog.api.fulfilment.pickup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.catalog.api.notify.OrderNotifications;
import kr.catalog.api.order.OrderMoved;
import kr.catalog.api.order.OrderStatus;

/** Puts the pickup code and the store into the ready-for-pickup notification. */
@ApplicationScoped
public class PickupNotificationDetail implements OrderNotifications.OrderMoveDetail {

  @Inject PickupCodeService codes;

  @Override
  public Optional<OrderNotifications.Detail> of(OrderMoved move) {
    if (move.to() != OrderStatus.READY_FOR_PICKUP) {
      return Optional.empty();
    }
    String ko = codes.notificationKo(move.orderId());
    return ko == null
        ? Optional.empty()
        : Optional.of(new OrderNotifications.Detail(ko, codes.notificationEn(move.orderId())));
  }
}
