package kr.catalog.api.order;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.catalog.api.security.Role;

/**
 * The fulfilment state machine: every allowed move, for which fulfilment, by which roles, and what
 * detail it needs. Anything not listed is illegal (409).
 *
 * <pre>
 * RECEIVED -> CONFIRMED -> PICKING(location) -> SHIPPING_INSPECTION -> PACKING
 *   DELIVERY: PACKING -> DELIVERY_CLASSIFIED(region, partner) -> LOADED -> IN_TRANSIT
 *             -> DELIVERED -> ACCEPTED
 *   PICKUP:   PACKING -> READY_FOR_PICKUP -> PICKED_UP
 * RECEIVED | CONFIRMED | PICKING -> CANCELLED
 * BACK_ORDERED (a back-order, no reservation) -> RECEIVED (reserves) | CANCELLED
 * </pre>
 */
public final class Lifecycle {

  /** What a move needs besides the target state. */
  public enum Detail {
    NONE,
    /** The warehouse location picked from (optional: the pick list knows it). */
    LOCATION,
    /** The delivery region and partner. */
    REGION_AND_PARTNER
  }

  /**
   * One allowed move.
   *
   * @param from current state
   * @param to next state
   * @param only the fulfilment it applies to, or null for both
   * @param roles who may take it
   * @param detail what it needs
   */
  public record Step(
      OrderStatus from, OrderStatus to, Fulfilment only, Set<Role> roles, Detail detail) {
    boolean appliesTo(Fulfilment fulfilment) {
      return only == null || only == fulfilment;
    }
  }

  private static final Set<Role> WAREHOUSE = EnumSet.of(Role.WAREHOUSE, Role.ADMIN);

  /** Every move, in lifecycle order. */
  public static final List<Step> STEPS =
      List.of(
          step(OrderStatus.RECEIVED, OrderStatus.CONFIRMED, null, WAREHOUSE, Detail.NONE),
          step(OrderStatus.CONFIRMED, OrderStatus.PICKING, null, WAREHOUSE, Detail.LOCATION),
          step(OrderStatus.PICKING, OrderStatus.SHIPPING_INSPECTION, null, WAREHOUSE, Detail.NONE),
          step(OrderStatus.SHIPPING_INSPECTION, OrderStatus.PACKING, null, WAREHOUSE, Detail.NONE),
          step(
              OrderStatus.PACKING,
              OrderStatus.DELIVERY_CLASSIFIED,
              Fulfilment.DELIVERY,
              WAREHOUSE,
              Detail.REGION_AND_PARTNER),
          step(
              OrderStatus.DELIVERY_CLASSIFIED,
              OrderStatus.LOADED,
              Fulfilment.DELIVERY,
              WAREHOUSE,
              Detail.NONE),
          step(
              OrderStatus.LOADED,
              OrderStatus.IN_TRANSIT,
              Fulfilment.DELIVERY,
              WAREHOUSE,
              Detail.NONE),
          step(
              OrderStatus.IN_TRANSIT,
              OrderStatus.DELIVERED,
              Fulfilment.DELIVERY,
              WAREHOUSE,
              Detail.NONE),
          // The customer inspects and takes the goods over; a counsellor may record it for them.
          step(
              OrderStatus.DELIVERED,
              OrderStatus.ACCEPTED,
              Fulfilment.DELIVERY,
              EnumSet.of(Role.CUSTOMER, Role.COUNSELLOR, Role.ADMIN),
              Detail.NONE),
          step(
              OrderStatus.PACKING,
              OrderStatus.READY_FOR_PICKUP,
              Fulfilment.PICKUP,
              WAREHOUSE,
              Detail.NONE),
          // Handed over at the counter by warehouse staff.
          step(
              OrderStatus.READY_FOR_PICKUP,
              OrderStatus.PICKED_UP,
              Fulfilment.PICKUP,
              WAREHOUSE,
              Detail.NONE),
          // A customer may cancel until the warehouse confirms; staff until picking is done.
          step(
              OrderStatus.RECEIVED,
              OrderStatus.CANCELLED,
              null,
              EnumSet.of(Role.CUSTOMER, Role.COUNSELLOR, Role.WAREHOUSE, Role.ADMIN),
              Detail.NONE),
          step(
              OrderStatus.CONFIRMED,
              OrderStatus.CANCELLED,
              null,
              EnumSet.of(Role.COUNSELLOR, Role.WAREHOUSE, Role.ADMIN),
              Detail.NONE),
          step(
              OrderStatus.PICKING,
              OrderStatus.CANCELLED,
              null,
              EnumSet.of(Role.COUNSELLOR, Role.WAREHOUSE, Role.ADMIN),
              Detail.NONE),
          // A back-order waits for stock; the warehouse takes it in when the units are there
          // (the move reserves them), and the customer may drop it meanwhile.
          step(OrderStatus.BACK_ORDERED, OrderStatus.RECEIVED, null, WAREHOUSE, Detail.NONE),
          step(
              OrderStatus.BACK_ORDERED,
              OrderStatus.CANCELLED,
              null,
              EnumSet.of(Role.CUSTOMER, Role.COUNSELLOR, Role.WAREHOUSE, Role.ADMIN),
              Detail.NONE));

  private Lifecycle() {}

  private static Step step(
      OrderStatus from, OrderStatus to, Fulfilment only, Set<Role> roles, Detail detail) {
    return new Step(from, to, only, Set.copyOf(roles), detail);
  }

  /** The move from {@code from} to {@code to} for this fulfilment, if it is legal. */
  public static Optional<Step> find(OrderStatus from, OrderStatus to, Fulfilment fulfilment) {
    return STEPS.stream()
        .filter(s -> s.from() == from && s.to() == to && s.appliesTo(fulfilment))
        .findFirst();
  }

  /** The legal next states from {@code from} for this fulfilment. */
  public static List<OrderStatus> next(OrderStatus from, Fulfilment fulfilment) {
    return STEPS.stream()
        .filter(s -> s.from() == from && s.appliesTo(fulfilment))
        .map(Step::to)
        .toList();
  }

  /** Whether an order in this state holds a stock reservation (a back-order does not yet). */
  public static boolean holdsStock(OrderStatus status) {
    return status != OrderStatus.BACK_ORDERED && status != OrderStatus.CANCELLED;
  }

  /** The states at which the goods leave the stock (reservation becomes a shipment). */
  public static boolean shipsAt(OrderStatus status) {
    return status == OrderStatus.LOADED || status == OrderStatus.PICKED_UP;
  }
}
