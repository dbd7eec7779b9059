package kr.catalog.api.quote;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One requested line of a cart, quote or order.
 *
 * @param code product code typed any way ({@code GSB-13RE}, {@code gsb13re})
 * @param quantity units, 1..100000
 */
public record LineRequest(
    @NotBlank @Size(max = 64) String code, @Min(1) @Max(MAX_QUANTITY) int quantity) {
  /** Most units on one line. */
  public static final int MAX_QUANTITY = 100_000;
}
