package kr.catalog.api.marketing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A merchandising rule to create, or the whole new state of one to update.
 *
 * @param query the search text it applies to (compared ignoring case, width and spacing)
 * @param category the category filter it applies to; with a query, both must match; alone, it
 *     applies when browsing that category without text
 * @param action PIN, BOOST, BURY or HIDE
 * @param position PIN only: the 1-based position (1-100)
 * @param factor BOOST: above 1 up to 100; BURY: from 0.01 up to (not including) 1; two decimals
 * @param product the product's code, typed any way
 * @param startsAt first instant the rule applies
 * @param endsAt first instant it no longer applies: the window is {@code [startsAt, endsAt)}
 * @param note why (shown to marketing in explanations)
 * @param version on update, the version that was edited; omitted, the last write wins
 */
public record RuleRequest(
    @Size(max = 200) String query,
    @Size(max = 64) String category,
    @NotNull RuleAction action,
    @Min(1) @Max(MAX_POSITION) Integer position,
    BigDecimal factor,
    @NotBlank @Size(max = 64) String product,
    @NotNull Instant startsAt,
    @NotNull Instant endsAt,
    @Size(max = 1000) String note,
    Integer version) {

  /** Deepest pin: the first five pages of twenty. */
  public static final int MAX_POSITION = 100;
}
