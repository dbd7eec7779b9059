package kr.catalog.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import kr.catalog.api.refusal.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The problem type of each business refusal: one type each, at the status these refusals were
 * answered with before they had types of their own (docs/PROBLEMS.md), and all listed in OpenAPI.
 */
class ProblemTypesTest {

  /** The statuses as documented in docs/PROBLEMS.md, written out here rather than derived. */
  private static final Map<Refusal, Integer> DOCUMENTED = new EnumMap<>(Refusal.class);

  static {
    DOCUMENTED.put(Refusal.WRONG_CREDENTIALS, 401);
    DOCUMENTED.put(Refusal.TOO_MANY_ATTEMPTS, 429);
    DOCUMENTED.put(Refusal.OTHER_COMPANY, 403);
    DOCUMENTED.put(Refusal.STEP_NOT_ALLOWED, 403);
    DOCUMENTED.put(Refusal.USERNAME_TAKEN, 409);
    DOCUMENTED.put(Refusal.PRODUCT_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.ORDER_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.QUOTE_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.RULE_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.VOCABULARY_ENTRY_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.COLLECTION_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.BOOK_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.BOOK_PAGE_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.QUOTE_EXPIRED, 409);
    DOCUMENTED.put(Refusal.QUOTE_REPLACED, 409);
    DOCUMENTED.put(Refusal.ALREADY_ORDERED, 409);
    DOCUMENTED.put(Refusal.ILLEGAL_TRANSITION, 409);
    DOCUMENTED.put(Refusal.OUT_OF_STOCK, 409);
    DOCUMENTED.put(Refusal.STOCK_BELOW_RESERVED, 409);
    DOCUMENTED.put(Refusal.IDEMPOTENCY_KEY_REUSED, 422);
    DOCUMENTED.put(Refusal.STALE_VERSION, 409);
    DOCUMENTED.put(Refusal.RULE_OVERLAP, 409);
    DOCUMENTED.put(Refusal.PIN_POSITION_TAKEN, 409);
    DOCUMENTED.put(Refusal.SLUG_TAKEN, 409);
    DOCUMENTED.put(Refusal.UNRESOLVED_LINES, 422);
    DOCUMENTED.put(Refusal.CROSS_ORIGIN_REQUEST, 403);
    DOCUMENTED.put(Refusal.USER_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.OWN_ACCOUNT, 409);
    DOCUMENTED.put(Refusal.CATALOG_INVALID, 422);
    DOCUMENTED.put(Refusal.CATALOG_CHECKSUM_MISMATCH, 422);
    DOCUMENTED.put(Refusal.CATALOG_OUTDATED, 409);
    DOCUMENTED.put(Refusal.MEDIA_CONFLICT, 409);
    DOCUMENTED.put(Refusal.PUBLICATION_IN_PROGRESS, 409);
    DOCUMENTED.put(Refusal.LOCATION_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.LINE_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.NOT_AT_STEP, 409);
    DOCUMENTED.put(Refusal.OVER_PICKED, 422);
    DOCUMENTED.put(Refusal.PICKING_INCOMPLETE, 409);
    DOCUMENTED.put(Refusal.NOT_ON_ORDER, 422);
    DOCUMENTED.put(Refusal.OVER_SCANNED, 409);
    DOCUMENTED.put(Refusal.INSPECTION_MISMATCH, 409);
    DOCUMENTED.put(Refusal.WRONG_ORDER_STATE, 409);
    DOCUMENTED.put(Refusal.PACKAGE_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.PACKAGE_OF_ANOTHER_ORDER, 409);
    DOCUMENTED.put(Refusal.PACKED_BEYOND_QUANTITY, 409);
    DOCUMENTED.put(Refusal.UNITS_NOT_PACKED, 409);
    DOCUMENTED.put(Refusal.VEHICLE_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.PLATE_TAKEN, 409);
    DOCUMENTED.put(Refusal.VEHICLE_OVER_CAPACITY, 409);
    DOCUMENTED.put(Refusal.PACKAGES_NOT_LOADED, 409);
    DOCUMENTED.put(Refusal.NO_DELIVERY_RULE, 422);
    DOCUMENTED.put(Refusal.ACCEPTANCE_MISMATCH, 422);
    DOCUMENTED.put(Refusal.CLAIM_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.CLAIM_ALREADY_DECIDED, 409);
    DOCUMENTED.put(Refusal.CLAIM_NOT_RECEIVABLE, 409);
    DOCUMENTED.put(Refusal.PICKUP_CODE_NOT_FOUND, 404);
    DOCUMENTED.put(Refusal.PICKUP_CODE_WRONG, 422);
    DOCUMENTED.put(Refusal.PICKUP_CODE_LOCKED, 409);
  }

  @Test
  void everyRefusalIsAnsweredWithItsDocumentedStatus() {
    assertThat(DOCUMENTED.keySet()).containsExactlyInAnyOrder(Refusal.values());
    DOCUMENTED.forEach(
        (refusal, status) ->
            assertThat(ProblemMappers.type(refusal).status()).as(refusal.name()).isEqualTo(status));
  }

  @Test
  void theThreeQuoteConflictsAreThreeTypes() {
    assertThat(Refusal.QUOTE_EXPIRED.slug()).isEqualTo("quote-expired");
    assertThat(Refusal.QUOTE_REPLACED.slug()).isEqualTo("quote-replaced");
    assertThat(Refusal.ALREADY_ORDERED.slug()).isEqualTo("already-ordered");
    assertThat(Arrays.stream(Refusal.values()).map(Refusal::slug)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(Refusal.values()).map(r -> ProblemMappers.type(r).title()))
        .doesNotHaveDuplicates();
  }

  @Test
  void openApiListsEveryRefusalWithItsStatus() {
    Map<String, String> listed = ProblemTypesFilter.problemTypes();
    for (Refusal refusal : Refusal.values()) {
      assertThat(listed.get("/problems/" + refusal.slug()))
          .as(refusal.name())
          .startsWith(Integer.toString(DOCUMENTED.get(refusal)));
    }
    assertThat(listed).containsKeys("/problems/invalid-request", "/problems/search-unavailable");
  }
}
