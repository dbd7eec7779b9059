package kr.catalog.api.fulfilment.pickup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.Lifecycle;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.StepHook;
import kr.catalog.api.order.TransitionRequest;
import kr.catalog.api.security.Actor;

/**
 * Issues the pickup code when a pickup order becomes ready at its store, and lets the goods leave
 * the counter only with it.
 */
@ApplicationScoped
public class PickupCodeHook implements StepHook {

  @Inject PickupCodeService codes;

  @Override
  public void beforeMove(
      Actor actor, CustomerOrder order, Lifecycle.Step step, TransitionRequest request) {
    if (step.to() == OrderStatus.READY_FOR_PICKUP) {
      codes.issue(actor, order);
    } else if (step.to() == OrderStatus.PICKED_UP) {
      codes.checkAtCounter(actor, order, request.pickupCode());
    }
  }
}
