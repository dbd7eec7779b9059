/**
 * Fulfilment capabilities of issue 17, each in its own sub-package, each building on the order
 * lifecycle's seams ({@link kr.catalog.api.order.StepHook}, {@link
 * kr.catalog.api.order.OrderJournal}, {@link kr.catalog.api.order.OrderLine#quantityToShip()}).
 */
package kr.catalog.api.fulfilment;
