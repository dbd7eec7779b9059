package kr.catalog.api.order;

/**
 * What finishing picking does with the units a short line lacks (issue 17: a shortage is never a
 * silent change). Either way the missing units are written off the location's stock and their
 * reservation released; the order ships and bills what was picked.
 */
public enum Shortfall {
  /** A new order (a back-order, {@code BACK_ORDERED}) carries the missing units at their prices. */
  BACK_ORDER,
  /** The missing units are dropped from the order. */
  CANCEL_LINE
}
