package kr.catalog.api.order;

/** How the goods reach the customer. */
public enum Fulfilment {
  /** Delivered by a delivery partner. */
  DELIVERY,
  /** Collected at the store counter. */
  PICKUP
}
