package kr.catalog.api.marketing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A collection to create, or the whole new state of one to update.
 *
 * @param slug its id in URLs and in the {@code collection} facet: lower-case ASCII letters and
 *     digits in words joined by single hyphens ({@code spring-tools-2026})
 * @param startsAt first instant it is active (ISO-8601 with offset, e.g. {@code
 *     2026-03-01T00:00:00+09:00})
 * @param endsAt first instant it is no longer active: the window is {@code [startsAt, endsAt)}
 * @param products product codes picked by hand (typed any way), in the order they are shown
 * @param rule a saved search whose matches also belong (same parameters as {@code /api/search})
 * @param discountPercent whole percent off members while active (1-90), or null
 * @param version on update, the version that was edited; omitted, the last write wins
 */
public record CollectionRequest(
    @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = SLUG,
            message = "must be lower-case letters and digits in words joined by single hyphens")
        String slug,
    @NotNull CollectionType type,
    @NotBlank @Size(max = 200) String titleKo,
    @Size(max = 200) String titleEn,
    @Size(max = 2000) String description,
    @NotNull Instant startsAt,
    @NotNull Instant endsAt,
    @Size(max = MAX_PRODUCTS, message = "at most " + MAX_PRODUCTS + " products")
        List<@NotBlank @Size(max = 64) String> products,
    SavedSearch rule,
    @Min(1) @Max(90) Integer discountPercent,
    Integer version) {

  /** The syntax of a slug. */
  public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  /** Most hand-picked products: they are pinned in order, within the search's offset window. */
  public static final int MAX_PRODUCTS = 500;
}
