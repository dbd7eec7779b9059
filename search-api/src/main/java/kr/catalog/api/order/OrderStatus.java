package kr.catalog.api.order;

/**
 * The fulfilment lifecycle of the printed catalog's order system; the moves are in {@link
 * Lifecycle}.
 */
public enum OrderStatus {
  /** Accepted, stock reserved (접수). */
  RECEIVED,
  /** Checked and confirmed by the warehouse (확인). */
  CONFIRMED,
  /** Being picked at a warehouse location (피킹). */
  PICKING,
  /** Shipping inspection (출고검수). */
  SHIPPING_INSPECTION,
  /** Packing (포장). */
  PACKING,
  /** Delivery classification: region and delivery partner chosen (배송분류). */
  DELIVERY_CLASSIFIED,
  /** Loaded on the vehicle; the goods have left the stock (상차). */
  LOADED,
  /** On the way (배송중). */
  IN_TRANSIT,
  /** Delivered (배송완료). */
  DELIVERED,
  /** Inspected and accepted by the customer (인수). */
  ACCEPTED,
  /** Store pickup: waiting at the counter (픽업대기). */
  READY_FOR_PICKUP,
  /** Store pickup: collected; the goods have left the stock (픽업완료). */
  PICKED_UP,
  /**
   * A back-order waiting for stock (입고대기): it carries the units picking was short of and holds no
   * reservation until the warehouse moves it to RECEIVED, which reserves them.
   */
  BACK_ORDERED,
  /** Cancelled from an early state; its reservation released (취소). */
  CANCELLED
}
