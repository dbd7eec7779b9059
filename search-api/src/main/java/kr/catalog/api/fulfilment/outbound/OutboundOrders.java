package kr.catalog.api.fulfilment.outbound;

import jakarta.persistence.LockModeType;
import java.util.Arrays;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/** Finding an order for an outbound action the way the order endpoints do. */
final class OutboundOrders {
  private OutboundOrders() {}

  /** The order if the actor may see it; another company's order is answered as unknown (404). */
  static CustomerOrder visible(Actor actor, long id, LockModeType lock) {
    CustomerOrder order = CustomerOrder.findById(id, lock);
    if (order == null || !actor.mayActFor(order.companyId)) {
      throw new BusinessRefusal(Refusal.ORDER_NOT_FOUND, "No order has the id " + id + ".");
    }
    return order;
  }

  /** Refuses (409) an action asked of an order in none of the states it belongs to. */
  static void requireState(CustomerOrder order, String action, OrderStatus... states) {
    if (Arrays.asList(states).contains(order.status)) {
      return;
    }
    throw new BusinessRefusal(
            Refusal.WRONG_ORDER_STATE,
            action
                + " needs the order in "
                + Arrays.toString(states)
                + "; order "
                + order.id
                + " is "
                + order.status
                + ".")
        .with("status", order.status.name());
  }
}
