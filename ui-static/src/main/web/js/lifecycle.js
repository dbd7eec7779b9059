// The fulfilment lifecycle as the UI draws it: the happy path of each fulfilment (for the progress
// bar) and what a step needs. The server (kr.catalog.api.order.Lifecycle) stays the authority on
// who may take which step: the UI only offers what an order's `next` lists, and shows the
// server's refusal when a role may not.
export const PATHS = {
  DELIVERY: ["RECEIVED", "CONFIRMED", "PICKING", "SHIPPING_INSPECTION", "PACKING", "DELIVERY_CLASSIFIED", "LOADED", "IN_TRANSIT", "DELIVERED", "ACCEPTED"],
  PICKUP: ["RECEIVED", "CONFIRMED", "PICKING", "SHIPPING_INSPECTION", "PACKING", "READY_FOR_PICKUP", "PICKED_UP"],
};

/** The warehouse's own moves (Lifecycle.STEPS with role WAREHOUSE), keyed by "FROM>TO". */
export const WAREHOUSE_STEPS = {
  "RECEIVED>CONFIRMED": [],
  // The pick list knows each line's location and bin (issue 17): nothing to type.
  "CONFIRMED>PICKING": [],
  "PICKING>SHIPPING_INSPECTION": [],
  "SHIPPING_INSPECTION>PACKING": [],
  // Region and partner come from the delivery rules; the outbound panel overrides them.
  "PACKING>DELIVERY_CLASSIFIED": [],
  "DELIVERY_CLASSIFIED>LOADED": [],
  "LOADED>IN_TRANSIT": [],
  "IN_TRANSIT>DELIVERED": [],
  "PACKING>READY_FOR_PICKUP": [],
  // Handed over at the store counter against the customer's 6-digit pickup code.
  "READY_FOR_PICKUP>PICKED_UP": ["pickupCode"],
  // A back-order is taken in (and reserves its stock) when the units are there.
  "BACK_ORDERED>RECEIVED": [],
};

/** The next step on the order's happy path from its status, or null at the end. */
export function nextOnPath(status, fulfilment) {
  if (status === "BACK_ORDERED") return "RECEIVED";
  const path = PATHS[fulfilment] || PATHS.DELIVERY;
  const i = path.indexOf(status);
  return i >= 0 && i < path.length - 1 ? path[i + 1] : null;
}
