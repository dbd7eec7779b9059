package kr.catalog.api.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/quotes/{id}/order}: the lines and prices come from the quote.
 *
 * @param channel where it came in
 * @param fulfilment delivery or store pickup
 * @param deliveryAddress where to deliver; the company's address when omitted
 * @param note free text for the warehouse
 * @param pickupStore for a pickup, the code of the store to collect it at (as for orders)
 * @param deliveryPostalCode for a delivery, the 5-digit postal code the delivery rules classify by;
 *     taken from the address (a 5-digit group in it) when omitted
 */
public record QuoteOrderRequest(
    @NotNull Channel channel,
    @NotNull Fulfilment fulfilment,
    @Size(max = 400) String deliveryAddress,
    @Size(max = 1000) String note,
    @Size(max = 32) String pickupStore,
    @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit postal code")
        String deliveryPostalCode) {}
