package kr.catalog.api.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/orders/{id}/transitions}: the next state and what that step needs.
 *
 * @param to the next state
 * @param note free text kept in the audit trail
 * @param location warehouse location picked from; optional since the pick list knows each line's
 *     location and bin, kept for clients that send it
 * @param region delivery region, required for DELIVERY_CLASSIFIED
 * @param partner delivery partner, required for DELIVERY_CLASSIFIED
 * @param shortfall finishing picking with a short line: what to do with the missing units
 * @param acknowledgeDiscrepancies finishing inspection while scanned and picked units differ: the
 *     inspector accepts them, with the reason in {@code note}
 * @param pickupCode the 6-digit code the customer shows at the counter, required for PICKED_UP
 */
public record TransitionRequest(
    @NotNull OrderStatus to,
    @Size(max = 1000) String note,
    @Size(max = 64) String location,
    @Size(max = 64) String region,
    @Size(max = 64) String partner,
    Shortfall shortfall,
    Boolean acknowledgeDiscrepancies,
    @Size(max = 16) String pickupCode) {}
