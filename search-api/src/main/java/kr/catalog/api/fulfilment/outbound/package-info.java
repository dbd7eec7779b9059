/**
 * Outbound fulfilment (issue 17, point 2): what leaves the warehouse and how.
 *
 * <p>Packing puts the units to ship ({@code OrderLine.quantityToShip()}) into packages with a size
 * and a weight (computed from the catalog's 무게 specs, and measured); each package gets a number
 * printed as a Code 128 barcode on its A6 label. Delivery classification proposes region and
 * partner from postal-code prefix rules (longest prefix wins); the warehouse may override, and the
 * override is journalled with the proposal. Loading scans packages onto registered vehicles within
 * their capacity; the order moves to LOADED only when every package is on a vehicle. Tracking
 * events (time, place, text), per order or per vehicle, make the customer's timeline.
 *
 * <p>Every fact goes to the order journal ({@code OrderJournal}, kinds in {@link OutboundKinds}) in
 * the transaction of the change; the lifecycle checks are a {@code StepHook} ({@link
 * OutboundSteps}).
 */
package kr.catalog.api.fulfilment.outbound;
