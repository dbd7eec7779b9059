package kr.catalog.api.fulfilment.picking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/orders/{id}/pick-list/lines/{lineNo}}: the units picked for the line (it
 * replaces an earlier count: a picker who recounts sends the new number).
 *
 * @param picked units taken off the shelf, 0 up to the units ordered
 * @param note what the picker wants the inspector to know
 */
public record PickRequest(
    @NotNull @Min(0) @Max(100_000) Integer picked, @Size(max = 500) String note) {}
