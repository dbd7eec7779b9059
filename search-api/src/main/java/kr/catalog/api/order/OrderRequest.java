package kr.catalog.api.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
 */
public record OrderRequest(
    @NotNull Channel channel,
    @NotNull Fulfilment fulfilment,
    @NotNull @Size(min = 1, max = LineParser.MAX_LINES) List<@Valid @NotNull LineRequest> lines,
    Long customerId,
    @Size(max = 400) String deliveryAddress,
    @Size(max = 1000) String note,
    @Size(max = 32) String pickupStore) {}
