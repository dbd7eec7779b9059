package kr.catalog.api.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.catalog.api.quote.LineParser;
import kr.catalog.api.quote.LineRequest;

/**
 * Body of {@code POST /api/orders}.
 *
 * @param channel where it came in; customers use WEB, MOBILE or TABLET
 * @param fulfilment delivery or store pickup
 * @param lines the products and quantities
 * @param customerId the customer company; staff must give it, customers may omit it
 * @param deliveryAddress where to deliver; the company's address when omitted
 * @param note free text for the warehouse
 * @param pickupStore for a pickup, the code of the store to collect it at (its stock is reserved);
 *     the central warehouse's counter when omitted; refused with a delivery
 * @param deliveryPostalCode for a delivery, the 5-digit postal code the delivery rules classify by;
 *     taken from the address (a 5-digit group in it) when omitted
 */
public record OrderRequest(
    @NotNull Channel channel,
    @NotNull Fulfilment fulfilment,
    @NotNull @Size(min = 1, max = LineParser.MAX_LINES) List<@Valid @NotNull LineRequest> lines,
    Long customerId,
    @Size(max = 400) String deliveryAddress,
    @Size(max = 1000) String note,
    @Size(max = 32) String pickupStore,
    @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit postal code")
        String deliveryPostalCode) {}
