package kr.catalog.api.fulfilment;

import jakarta.persistence.LockModeType;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/**
 * The order visibility rule of the order endpoints, for the fulfilment sub-resources: a customer
 * sees their own company's orders, staff see all; another company's order is answered as unknown
 * (404), so its existence does not leak.
 */
public final class VisibleOrders {

  private VisibleOrders() {}

  /**
   * The order, locked as asked.
   *
   * @throws BusinessRefusal {@link Refusal#ORDER_NOT_FOUND} unknown or not visible to the actor
   */
  public static CustomerOrder find(Actor actor, long id, LockModeType lock) {
    CustomerOrder order = CustomerOrder.findById(id, lock);
    if (order == null || !actor.mayActFor(order.companyId)) {
      throw new BusinessRefusal(Refusal.ORDER_NOT_FOUND, "No order has the id " + id + ".");
    }
    return order;
  }
}
