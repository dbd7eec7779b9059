package kr.catalog.api.order;

import kr.catalog.api.security.Actor;

/**
 * A fulfilment capability's say in a lifecycle move (issue 17): picking refuses to finish while a
 * line is unpicked, loading refuses while a package is off the vehicle, and so on. Every CDI bean
 * implementing it is called by {@link OrderService#transition} after the move was found legal and
 * allowed for the role, before the stock effect and the state change, in the move's transaction
 * with the order row locked. A hook refuses by throwing a {@code BusinessRefusal} (problem+json);
 * it may also record the step's information on the order (through {@link OrderJournal}).
 */
public interface StepHook {

  /**
   * Checks and applies what this capability needs for the move.
   *
   * @param actor who moves the order
   * @param order the order, still in its current state ({@code order.status} is the move's from)
   * @param step the legal move
   * @param request the move's body (note and step details)
   */
  void beforeMove(Actor actor, CustomerOrder order, Lifecycle.Step step, TransitionRequest request);
}
