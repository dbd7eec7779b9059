package kr.catalog.api.fulfilment.acceptance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.Lifecycle;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.StepHook;
import kr.catalog.api.order.TransitionRequest;
import kr.catalog.api.security.Actor;

/**
 * The take-over on record for every accepted order: a plain move to ACCEPTED (no inspection sent)
 * takes every line over in full; after {@code POST /api/orders/{id}/acceptance} the inspection is
 * already recorded and nothing is added.
 */
@ApplicationScoped
public class AcceptanceHook implements StepHook {

  @Inject AcceptanceService acceptance;

  @Override
  public void beforeMove(
      Actor actor, CustomerOrder order, Lifecycle.Step step, TransitionRequest request) {
    if (step.to() == OrderStatus.ACCEPTED) {
      acceptance.acceptInFull(actor, order);
    }
  }
}
