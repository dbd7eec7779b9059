package kr.catalog.api.fulfilment.picking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.Lifecycle;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.StepHook;
import kr.catalog.api.order.TransitionRequest;
import kr.catalog.api.security.Actor;

/**
 * Picking's say in the lifecycle: starting picking creates the pick list, finishing it needs every
 * line picked (and a shortfall choice for short lines), finishing the inspection needs every line's
 * scanned units to equal its picked units or an acknowledgement with a note.
 */
@ApplicationScoped
public class PickingHook implements StepHook {

  @Inject PickingService picking;

  @Override
  public void beforeMove(
      Actor actor, CustomerOrder order, Lifecycle.Step step, TransitionRequest request) {
    if (step.from() == OrderStatus.CONFIRMED && step.to() == OrderStatus.PICKING) {
      picking.createPickList(actor, order);
    } else if (step.from() == OrderStatus.PICKING && step.to() == OrderStatus.SHIPPING_INSPECTION) {
      picking.finishPicking(actor, order, request);
    } else if (step.from() == OrderStatus.SHIPPING_INSPECTION && step.to() == OrderStatus.PACKING) {
      picking.finishInspection(actor, order, request);
    }
  }
}
