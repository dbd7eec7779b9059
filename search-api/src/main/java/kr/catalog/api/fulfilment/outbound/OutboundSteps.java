package kr.catalog.api.fulfilment.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.Lifecycle;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.StepHook;
import kr.catalog.api.order.TransitionRequest;
import kr.catalog.api.security.Actor;

/**
 * Outbound's say in the lifecycle: packing finishes only with every unit to ship in a package;
 * classification applies the delivery rules (or the request's override); loading finishes only with
 * every package on a vehicle.
 */
@ApplicationScoped
public class OutboundSteps implements StepHook {

  @Inject PackingService packing;
  @Inject DeliveryRules rules;
  @Inject LoadingService loading;

  @Override
  public void beforeMove(
      Actor actor, CustomerOrder order, Lifecycle.Step step, TransitionRequest request) {
    if (step.from() == OrderStatus.PACKING) {
      packing.requireAllPacked(order);
    }
    if (step.to() == OrderStatus.DELIVERY_CLASSIFIED) {
      rules.classify(actor, order, request);
    }
    if (step.to() == OrderStatus.LOADED) {
      loading.requireAllLoaded(order);
    }
  }
}
