package kr.catalog.api.order;

import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Keys;
import org.junit.jupiter.api.Test;

/**
 * Many concurrent orders for the last few units, against the real PostgreSQL: exactly as many are
 * accepted as the units cover, the rest are refused with 409, and the stock row ends at zero
 * available, never below.
 */
@QuarkusTest
class OversellIT {

  @TestHTTPResource("/api/orders")
  URI orders;

  private static JsonPath stock() {
    return as(WAREHOUSE).get("/api/stock/{code}", Fixtures.TAPE).then().extract().jsonPath();
  }

  private static void onlyAvailable(long units) {
    long reserved = stock().getLong("reserved");
    as(WAREHOUSE)
        .body(Map.of("onHand", reserved + units))
        .put("/api/stock/{code}", Fixtures.TAPE)
        .then()
        .statusCode(200);
  }

  private static long ordersOfTape() {
    return QuarkusTransaction.requiringNew()
        .call(() -> OrderLine.count("codeKey = ?1", Keys.codeKey(Fixtures.TAPE)));
  }

  @Test
  void fortyConcurrentOrdersForSevenUnitsAcceptExactlySeven() throws Exception {
    onlyAvailable(7);
    long reservedBefore = stock().getLong("reserved");
    long linesBefore = ordersOfTape();

    ConcurrentOrders.Burst burst =
        ConcurrentOrders.fire(
            orders, List.of(token(CUSTOMER), token(OTHER_CUSTOMER)), Fixtures.TAPE, 1, 40, 20);

    assertThat(burst.count(201)).isEqualTo(7);
    assertThat(burst.count(409)).isEqualTo(33);
    assertThat(stock().getLong("available")).isZero();
    assertThat(stock().getLong("reserved")).isEqualTo(reservedBefore + 7);
    assertThat(ordersOfTape()).isEqualTo(linesBefore + 7);
  }

  @Test
  void concurrentRetriesWithOneIdempotencyKeyCreateOneOrderAndReserveOnce() throws Exception {
    onlyAvailable(50);
    long reservedBefore = stock().getLong("reserved");

    ConcurrentOrders.Burst burst =
        ConcurrentOrders.fire(
            orders,
            List.of(token(CUSTOMER)),
            List.of(Fixtures.TAPE),
            2,
            12,
            12,
            "retry-" + java.util.UUID.randomUUID());

    // One submission creates the order; the others, racing it or after it, replay it.
    assertThat(burst.count(201)).isEqualTo(1);
    assertThat(burst.count(200)).isEqualTo(11);
    assertThat(
            burst.bodies().stream()
                .map(b -> io.restassured.path.json.JsonPath.from(b).getLong("id"))
                .distinct())
        .hasSize(1);
    assertThat(stock().getLong("reserved")).isEqualTo(reservedBefore + 2);
  }

  @Test
  void ordersOfThreeUnitsForTenUnitsAcceptThreeAndLeaveOne() throws Exception {
    onlyAvailable(10);
    long reservedBefore = stock().getLong("reserved");

    ConcurrentOrders.Burst burst =
        ConcurrentOrders.fire(orders, List.of(token(CUSTOMER)), Fixtures.TAPE, 3, 24, 12);

    assertThat(burst.count(201)).isEqualTo(3);
    assertThat(burst.count(409)).isEqualTo(21);
    assertThat(stock().getLong("available")).isEqualTo(1);
    assertThat(stock().getLong("reserved")).isEqualTo(reservedBefore + 9);
  }
}
