package kr.catalog.api.order;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.catalog.api.fulfilment.picking.PickingSteps;
import kr.catalog.model.Keys;
import org.junit.jupiter.api.Test;

/**
 * Stock per location on the real PostgreSQL: a pickup reserves at the chosen store and nowhere
 * else, orders racing for a store's last unit never oversell it, a cancellation racing new orders
 * neither loses nor doubles a unit, and the per-location endpoints answer problem+json on bad
 * input.
 */
@QuarkusTest
class StockPerLocationIT {

  /** Two orders racing for the last unit at 성수점. */
  private static final String WELDER = "LIN/235-4";

  /** A cancellation racing new orders at 구로점. */
  private static final String BIG_WELDER = "LIN/268-6";

  /** Pickup and delivery taking stock at different places; availability of a cart. */
  private static final String FITTING = "CK98SP";

  private static final String SEONGSU = "SEONGSU";
  private static final String GURO = "GURO";
  private static final String INCHEON = "INCHEON";

  @TestHTTPResource("/")
  URI base;

  private static JsonPath at(String code, String location) {
    return as(WAREHOUSE)
        .get("/api/stock/{code}/locations/{location}", code, location)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A number of the warehouse's stock of a product ({@code onHand}, {@code reserved}, ...). */
  private static long warehouse(String code, String field) {
    return as(WAREHOUSE)
        .get("/api/stock/{code}", code)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong(field);
  }

  /** Sets the units on hand so that exactly {@code units} are available at the location. */
  private static void onlyAvailable(String code, String location, long units) {
    long reserved = at(code, location).getLong("reserved");
    as(WAREHOUSE)
        .body(Map.of("onHand", reserved + units))
        .put("/api/stock/{code}/locations/{location}", code, location)
        .then()
        .statusCode(200);
  }

  private static String pickup(String code, int quantity, String store) {
    return String.format(
        Locale.ROOT,
        "{\"channel\":\"WEB\",\"fulfilment\":\"PICKUP\",\"pickupStore\":\"%s\","
            + "\"lines\":[{\"code\":\"%s\",\"quantity\":%d}]}",
        store,
        code,
        quantity);
  }

  /** Units reserved by the orders still holding stock at the location, from the order tables. */
  private static long heldByOrders(String code, String location) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                CustomerOrder.getEntityManager()
                    .createQuery(
                        "select coalesce(sum(l.quantity), 0) from CustomerOrder o join o.lines l"
                            + " where o.stockLocation = :loc and l.codeKey = :k"
                            + " and o.status not in (:done)",
                        Number.class)
                    .setParameter("loc", location)
                    .setParameter("k", Keys.codeKey(code))
                    .setParameter("done", List.of(OrderStatus.CANCELLED, OrderStatus.PICKED_UP))
                    .getSingleResult()
                    .longValue());
  }

  /** A request of the race: method, path, token, body. */
  private record Call(String method, String path, String token, String body) {}

  /** Sends every call at once (a start gate releases them together); the statuses in call order. */
  private List<Integer> race(List<Call> calls) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (Call c : calls) {
        Callable<Integer> send =
            () -> {
              gate.await();
              HttpRequest request =
                  HttpRequest.newBuilder(base.resolve(c.path()))
                      .timeout(Duration.ofSeconds(60))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer " + c.token())
                      .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()))
                      .build();
              return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            };
        futures.add(pool.submit(send));
      }
      gate.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : futures) {
        statuses.add(f.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoOrdersRacingForTheLastUnitAtAStoreAcceptExactlyOneEveryTime() throws Exception {
    // Plenty at the warehouse and at another store: only 성수점's row may decide the race.
    as(WAREHOUSE).body(Map.of("onHand", 1000)).put("/api/stock/{code}", WELDER);
    onlyAvailable(WELDER, GURO, 50);
    long warehouseReserved = warehouse(WELDER, "reserved");
    long guroReserved = at(WELDER, GURO).getLong("reserved");
    long seongsuReserved = at(WELDER, SEONGSU).getLong("reserved");

    int rounds = 8;
    for (int round = 0; round < rounds; round++) {
      onlyAvailable(WELDER, SEONGSU, 1);
      List<Integer> statuses =
          race(
              List.of(
                  new Call("POST", "api/orders", token(CUSTOMER), pickup(WELDER, 1, SEONGSU)),
                  new Call(
                      "POST", "api/orders", token(OTHER_CUSTOMER), pickup(WELDER, 1, SEONGSU))));
      assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
      assertThat(at(WELDER, SEONGSU).getLong("available")).isZero();
    }

    assertThat(at(WELDER, SEONGSU).getLong("reserved")).isEqualTo(seongsuReserved + rounds);
    assertThat(heldByOrders(WELDER, SEONGSU)).isEqualTo(at(WELDER, SEONGSU).getLong("reserved"));
    // Nothing was taken anywhere else.
    assertThat(at(WELDER, GURO).getLong("reserved")).isEqualTo(guroReserved);
    assertThat(warehouse(WELDER, "reserved")).isEqualTo(warehouseReserved);
  }

  @Test
  void aCancellationRacingNewOrdersNeitherLosesNorDoublesTheUnit() throws Exception {
    int freedAndRetaken = 0;
    int rounds = 8;
    for (int round = 0; round < rounds; round++) {
      onlyAvailable(BIG_WELDER, GURO, 1);
      long holding =
          as(CUSTOMER)
              .body(pickup(BIG_WELDER, 1, GURO))
              .post("/api/orders")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
      assertThat(at(BIG_WELDER, GURO).getLong("available")).isZero();

      List<Integer> statuses =
          race(
              List.of(
                  new Call(
                      "POST",
                      "api/orders/" + holding + "/transitions",
                      token(CUSTOMER),
                      "{\"to\":\"CANCELLED\"}"),
                  new Call(
                      "POST", "api/orders", token(OTHER_CUSTOMER), pickup(BIG_WELDER, 1, GURO)),
                  new Call(
                      "POST", "api/orders", token(OTHER_CUSTOMER), pickup(BIG_WELDER, 1, GURO)),
                  new Call("POST", "api/orders", token(CUSTOMER), pickup(BIG_WELDER, 1, GURO))));

      assertThat(statuses.get(0)).as("the cancellation, round %d", round).isEqualTo(200);
      List<Integer> orders = statuses.subList(1, statuses.size());
      long accepted = orders.stream().filter(s -> s == 201).count();
      // The freed unit goes to at most one order (none when every order ran before the release).
      assertThat(accepted).as("round %d: %s", round, statuses).isBetween(0L, 1L);
      assertThat(orders).allMatch(s -> s == 201 || s == 409);
      assertThat(at(BIG_WELDER, GURO).getLong("available")).isEqualTo(1 - accepted);
      assertThat(heldByOrders(BIG_WELDER, GURO))
          .as("reserved units equal the units of the orders holding them, round %d", round)
          .isEqualTo(at(BIG_WELDER, GURO).getLong("reserved"));
      freedAndRetaken += (int) accepted;
    }
    // Reported so a run shows which interleavings it met.
    System.out.println(
        "cancellation races: the freed unit was retaken in "
            + freedAndRetaken
            + " of "
            + rounds
            + " rounds");
  }

  @Test
  void aPickupReservesAtItsStoreAndLeavesFromThereADeliveryAtTheWarehouse() {
    onlyAvailable(FITTING, INCHEON, 3);
    as(WAREHOUSE).body(Map.of("onHand", 500)).put("/api/stock/{code}", FITTING);
    long warehouseReserved = warehouse(FITTING, "reserved");
    JsonPath before = at(FITTING, INCHEON);

    JsonPath order =
        as(CUSTOMER)
            .body(pickup(FITTING, 2, INCHEON))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .body("stockLocation.code", equalTo(INCHEON))
            .body("stockLocation.name", equalTo("인천점"))
            .extract()
            .jsonPath();
    assertThat(at(FITTING, INCHEON).getLong("reserved")).isEqualTo(before.getLong("reserved") + 2);
    assertThat(warehouse(FITTING, "reserved")).isEqualTo(warehouseReserved);

    // A third and fourth unit are not there: refused naming the store, nothing reserved.
    as(OTHER_CUSTOMER)
        .body(pickup(FITTING, 2, INCHEON))
        .post("/api/orders")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/out-of-stock"))
        .body("detail", equalTo("Not enough stock for CK98SP at 인천점: 1 available, 2 ordered."));

    // Picked up at the store: the units leave the store's shelf, not the warehouse's.
    long id = order.getLong("id");
    // The warehouse board names the store whose counter hands the order over.
    assertThat(
            as(WAREHOUSE)
                .get("/api/orders?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.id == " + id + " }.locationName"))
        .isEqualTo("인천점");
    for (String to :
        List.of("CONFIRMED", "PICKING", "SHIPPING_INSPECTION", "PACKING", "READY_FOR_PICKUP")) {
      Map<String, Object> body =
          "PICKING".equals(to) ? Map.of("to", to, "location", "S01-1") : Map.of("to", to);
      if ("SHIPPING_INSPECTION".equals(to)) {
        PickingSteps.pickAll(id);
      } else if ("PACKING".equals(to)) {
        PickingSteps.scanAll(id);
      } else if ("READY_FOR_PICKUP".equals(to)) {
        kr.catalog.api.fulfilment.outbound.Outbound.packEverything(id);
      }
      as(WAREHOUSE).body(body).post("/api/orders/{id}/transitions", id).then().statusCode(200);
    }
    // Handed over at the counter against the customer's pickup code (docs/ORDERS.md).
    String pickupCode =
        as(CUSTOMER).get("/api/orders/{id}/pickup-code", id).then().extract().path("code");
    as(WAREHOUSE)
        .body(Map.of("to", "PICKED_UP", "pickupCode", pickupCode))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(200);
    JsonPath after = at(FITTING, INCHEON);
    assertThat(after.getLong("onHand")).isEqualTo(before.getLong("onHand") - 2);
    assertThat(after.getLong("reserved")).isEqualTo(before.getLong("reserved"));

    // A delivery takes its units at the warehouse.
    as(CUSTOMER)
        .body(
            Map.of(
                "channel",
                "WEB",
                "fulfilment",
                "DELIVERY",
                "lines",
                List.of(Map.of("code", FITTING, "quantity", 4))))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .body("stockLocation.code", equalTo("WH"));
    assertThat(warehouse(FITTING, "reserved")).isEqualTo(warehouseReserved + 4);
  }

  @Test
  void availabilityPerLocationIsPublicAndACartSeesWhenAStoreWouldHaveIt() {
    onlyAvailable(FITTING, SEONGSU, 0);
    onlyAvailable(FITTING, GURO, 5);
    onlyAvailable(FITTING, INCHEON, 1);
    as(WAREHOUSE).body(Map.of("onHand", 500)).put("/api/stock/{code}", FITTING);

    JsonPath perLocation =
        given()
            .get("/api/stock/{code}/locations", FITTING)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // The warehouse first, then the stores in their display order.
    assertThat(perLocation.getList("location", String.class))
        .containsExactly("WH", SEONGSU, GURO, INCHEON, "BUSAN");
    assertThat(perLocation.getList("inStock", Boolean.class).subList(1, 4))
        .containsExactly(false, true, true);
    assertThat(perLocation.getList("available", Long.class).subList(1, 4))
        .containsExactly(0L, 5L, 1L);
    assertThat(perLocation.getString("[1].name")).isEqualTo("성수점");

    // Three units: 구로점 has them now; 성수점 and 인천점 lack them, the warehouse can send them.
    JsonPath cart =
        given()
            .contentType("application/json")
            .body(Map.of("lines", List.of(Map.of("code", "ck 98 sp", "quantity", 3))))
            .post("/api/stock/availability")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    assertThat(cart.getBoolean("find { it.code == 'GURO' }.allAvailable")).isTrue();
    assertThat(cart.getString("find { it.code == 'GURO' }.readyOn")).isNull();
    assertThat(cart.getBoolean("find { it.code == 'SEONGSU' }.allAvailable")).isFalse();
    assertThat(cart.getString("find { it.code == 'SEONGSU' }.readyOn"))
        .isEqualTo(today.plusDays(1).toString());
    assertThat(cart.getString("find { it.code == 'INCHEON' }.readyOn"))
        .isEqualTo(today.plusDays(2).toString());
    assertThat(cart.getList("find { it.code == 'INCHEON' }.shortLines.available", Long.class))
        .containsExactly(1L);

    // Beyond what the warehouse holds, no date is promised.
    long warehouseAvailable = warehouse(FITTING, "available");
    given()
        .contentType("application/json")
        .body(
            Map.of("lines", List.of(Map.of("code", FITTING, "quantity", warehouseAvailable + 10))))
        .post("/api/stock/availability")
        .then()
        .statusCode(200)
        .body("find { it.code == 'SEONGSU' }.readyOn", equalTo(null))
        .body("find { it.code == 'WH' }.allAvailable", equalTo(false));
  }

  @Test
  void badLocationRequestsAreRefusedWithProblems() {
    // A delivery naming a store.
    as(CUSTOMER)
        .body(
            Map.of(
                "channel",
                "WEB",
                "fulfilment",
                "DELIVERY",
                "pickupStore",
                SEONGSU,
                "lines",
                List.of(Map.of("code", FITTING, "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("pickupStore"));
    // A store that does not exist.
    as(CUSTOMER)
        .body(pickup(FITTING, 1, "NOWHERE"))
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("pickupStore"));
    as(WAREHOUSE)
        .body(Map.of("onHand", 3))
        .put("/api/stock/{code}/locations/{location}", FITTING, "NOWHERE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/location-not-found"));
    as(WAREHOUSE)
        .body(Map.of("onHand", 3, "bin", "A 01"))
        .put("/api/stock/{code}/locations/{location}", FITTING, SEONGSU)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(WAREHOUSE)
        .body(Map.of("onHand", -1))
        .put("/api/stock/{code}/locations/{location}", FITTING, SEONGSU)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(CUSTOMER)
        .body(Map.of("onHand", 3))
        .put("/api/stock/{code}/locations/{location}", FITTING, SEONGSU)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/stock/{code}/locations/{location}", FITTING, SEONGSU).then().statusCode(401);
    given()
        .get("/api/stock/{code}/locations", "NO-SUCH-CODE-9")
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/product-not-found"));
    // A count with a bin keeps the bin; the next count without one leaves it.
    as(WAREHOUSE)
        .body(Map.of("onHand", 9, "bin", "S07-2"))
        .put("/api/stock/{code}/locations/{location}", FITTING, SEONGSU)
        .then()
        .statusCode(200)
        .body("bin", equalTo("S07-2"));
    as(WAREHOUSE)
        .body(Map.of("onHand", 8))
        .put("/api/stock/{code}/locations/{location}", FITTING, SEONGSU)
        .then()
        .statusCode(200)
        .body("bin", equalTo("S07-2"))
        .body("onHand", equalTo(8));
    given()
        .get("/api/locations")
        .then()
        .statusCode(200)
        .body("[0].kind", equalTo("WAREHOUSE"))
        .body("[1].name", equalTo("성수점"))
        .body("[1].address", startsWith("서울특별시 성동구"));
  }
}
