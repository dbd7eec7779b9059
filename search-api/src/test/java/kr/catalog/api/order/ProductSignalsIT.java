package kr.catalog.api.order;

import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.search.ProductSignals;
import org.junit.jupiter.api.Test;

/**
 * The search flags built from stock and promotions, for the lead to pass to the backend: in stock
 * at the warehouse, discounted, and the stores holding the product (issue #17).
 */
@QuarkusTest
class ProductSignalsIT {

  /** Counted at zero, with a promotion running: discounted but not in stock. */
  private static final String EMPTY_ON_SALE = "BL/161-1-10";

  /** Five units, no promotion: in stock, not discounted. */
  private static final String STOCKED = "BOS1123.24";

  /** Discontinued: never counted, never promoted. */
  private static final String DISCONTINUED = "BL/119-8";

  @Inject StockService stock;
  @Inject CatalogView catalog;

  /** Sets the units available at a store (on hand = reserved + units). */
  private static void atStore(String code, String store, long units) {
    long reserved =
        as(WAREHOUSE)
            .get("/api/stock/{code}/locations/{location}", code, store)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("reserved");
    as(WAREHOUSE)
        .body(Map.of("onHand", reserved + units))
        .put("/api/stock/{code}/locations/{location}", code, store)
        .then()
        .statusCode(200);
  }

  @Test
  void inStockFollowsAvailableUnitsAndDiscountedFollowsRunningPromotions() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    as(WAREHOUSE)
        .body(Map.of("onHand", 0))
        .put("/api/stock/{code}", EMPTY_ON_SALE)
        .then()
        .statusCode(200);
    as(WAREHOUSE)
        .body(Map.of("onHand", 5))
        .put("/api/stock/{code}", STOCKED)
        .then()
        .statusCode(200);
    // The stores: none holds the one on sale, only 성수점 holds the stocked one.
    for (String store : List.of("SEONGSU", "GURO", "INCHEON", "BUSAN")) {
      atStore(EMPTY_ON_SALE, store, 0);
      atStore(STOCKED, store, "SEONGSU".equals(store) ? 2 : 0);
    }
    as(MARKETING)
        .body(
            Map.of(
                "code",
                EMPTY_ON_SALE,
                "name",
                "멀티미터 특가",
                "percentOff",
                15,
                "startsOn",
                today.toString(),
                "endsOn",
                today.toString()))
        .post("/api/promotions")
        .then()
        .statusCode(201);

    ProductSignals signals = stock.productSignals(catalog.allProducts());

    assertThat(signals.of("BL161110")).isEqualTo(new ProductSignals.Signal(false, true));
    assertThat(signals.of("BOS112324"))
        .isEqualTo(new ProductSignals.Signal(true, false, Set.of("SEONGSU")));
    // Only the changed products, read by key: the same answer.
    assertThat(stock.signalsOf(List.of("BL161110", "BOS112324")).byCodeKey())
        .containsEntry("BL161110", new ProductSignals.Signal(false, true))
        .containsEntry("BOS112324", new ProductSignals.Signal(true, false, Set.of("SEONGSU")));
    assertThat(signals.of("BL1198")).isEqualTo(ProductSignals.Signal.NONE);
    assertThat(catalog.product(DISCONTINUED).orElseThrow().discontinued()).isTrue();
  }
}
