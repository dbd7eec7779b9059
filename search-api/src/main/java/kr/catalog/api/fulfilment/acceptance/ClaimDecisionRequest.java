package kr.catalog.api.fulfilment.acceptance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/claims/{id}/decision}.
 *
 * @param approve true to approve, false to reject
 * @param reason why, told to the customer
 */
public record ClaimDecisionRequest(
    @NotNull Boolean approve, @NotBlank @Size(max = 1000) String reason) {}
