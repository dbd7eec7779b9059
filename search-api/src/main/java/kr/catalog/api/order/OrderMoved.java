package kr.catalog.api.order;

import java.time.Instant;

/**
 * Fired (synchronously, inside the order's transaction) each time an order is accepted or moves one
 * step: observers that write rows, such as the notification outbox, write them in the same
 * transaction, so they commit or roll back with the move itself.
 *
 * @param orderId the order
 * @param eventId the {@link OrderEvent} row recording the move: unique per move, so a stable key
 * @param companyId the customer company the order is for
 * @param fulfilment delivery or store pickup
 * @param from the state left; null when the order was just accepted
 * @param to the state reached
 * @param at when
 */
public record OrderMoved(
    long orderId,
    long eventId,
    long companyId,
    Fulfilment fulfilment,
    OrderStatus from,
    OrderStatus to,
    Instant at) {}
