package kr.catalog.api.fulfilment.acceptance;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/orders/{id}/acceptance}: the customer's inspection, one entry per order
 * line.
 *
 * @param lines every line of the order once
 * @param description what the customer saw (no photos), kept on the claims it opens
 */
public record AcceptanceRequest(
    @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Line> lines,
    @Size(max = 1000) String description) {

  /**
   * One line inspected; the three quantities add up to the units shipped on the line.
   *
   * @param lineNo the order line's number
   * @param accepted units taken over in good order
   * @param shortUnits units missing (JSON {@code short}): credited
   * @param damaged units damaged: returned
   */
  public record Line(
      @NotNull @Min(1) Integer lineNo,
      @NotNull @Min(0) @Max(1_000_000) Integer accepted,
      @JsonProperty("short") @NotNull @Min(0) @Max(1_000_000) Integer shortUnits,
      @NotNull @Min(0) @Max(1_000_000) Integer damaged) {}
}
