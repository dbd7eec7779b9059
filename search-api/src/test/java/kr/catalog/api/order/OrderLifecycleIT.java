package kr.catalog.api.order;

import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.api.fulfilment.outbound.Outbound;
import kr.catalog.api.fulfilment.picking.PickingSteps;
import org.junit.jupiter.api.Test;

/** Every lifecycle step with the role allowed to take it, the audit trail, and the refusals. */
@QuarkusTest
class OrderLifecycleIT {

  private static long place(String code, String fulfilment, int quantity) {
    long reserved =
        as(WAREHOUSE)
            .get("/api/stock/{code}", code)
            .then()
            .extract()
            .jsonPath()
            .getLong("reserved");
    long onHand =
        as(WAREHOUSE).get("/api/stock/{code}", code).then().extract().jsonPath().getLong("onHand");
    if (onHand - reserved < quantity) {
      as(WAREHOUSE).body(Map.of("onHand", reserved + 50)).put("/api/stock/{code}", code);
    }
    return as(CUSTOMER)
        .body(
            Map.of(
                "channel",
                "TABLET",
                "fulfilment",
                fulfilment,
                "lines",
                List.of(Map.of("code", code, "quantity", quantity))))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonPath move(String user, long id, String to, String... details) {
    Map<String, Object> body = new HashMap<>();
    body.put("to", to);
    body.put("note", user + " -> " + to);
    for (int i = 0; i < details.length; i += 2) {
      body.put(details[i], details[i + 1]);
    }
    return as(user)
        .body(body)
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo(to))
        .extract()
        .jsonPath();
  }

  private static Map<String, Long> stock(String code) {
    JsonPath s = as(WAREHOUSE).get("/api/stock/{code}", code).then().extract().jsonPath();
    return Map.of("onHand", s.getLong("onHand"), "reserved", s.getLong("reserved"));
  }

  @Test
  void deliveryGoesThroughEveryStepWithTheAllowedRolesAndAnAuditTrail() {
    long id = place(Fixtures.CALIPER, "DELIVERY", 2);
    Map<String, Long> before = stock(Fixtures.CALIPER);
    move(WAREHOUSE, id, "CONFIRMED");
    move(WAREHOUSE, id, "PICKING", "location", "A-03-2");
    PickingSteps.pickAll(id);
    move(WAREHOUSE, id, "SHIPPING_INSPECTION");
    PickingSteps.scanAll(id);
    move(WAREHOUSE, id, "PACKING");
    Outbound.packEverything(id);
    move(WAREHOUSE, id, "DELIVERY_CLASSIFIED", "region", "서울 중구", "partner", "한진택배");
    assertThat(stock(Fixtures.CALIPER)).isEqualTo(before);
    Outbound.loadEverything(id);
    move(ADMIN, id, "LOADED");
    // Loaded on the vehicle: the two units leave the warehouse and the reservation.
    assertThat(stock(Fixtures.CALIPER))
        .isEqualTo(
            Map.of("onHand", before.get("onHand") - 2, "reserved", before.get("reserved") - 2));
    move(WAREHOUSE, id, "IN_TRANSIT");
    move(WAREHOUSE, id, "DELIVERED");
    JsonPath done = move(CUSTOMER, id, "ACCEPTED");

    assertThat(done.getString("pickingLocation")).isEqualTo("A-03-2");
    assertThat(done.getString("region")).isEqualTo("서울 중구");
    assertThat(done.getString("deliveryPartner")).isEqualTo("한진택배");
    assertThat(done.getList("next")).isEmpty();
    assertThat(done.getList("timeline.from"))
        .containsExactly(
            null,
            "RECEIVED",
            "CONFIRMED",
            "PICKING",
            "SHIPPING_INSPECTION",
            "PACKING",
            "DELIVERY_CLASSIFIED",
            "LOADED",
            "IN_TRANSIT",
            "DELIVERED");
    assertThat(done.getList("timeline.to"))
        .containsExactly(
            "RECEIVED",
            "CONFIRMED",
            "PICKING",
            "SHIPPING_INSPECTION",
            "PACKING",
            "DELIVERY_CLASSIFIED",
            "LOADED",
            "IN_TRANSIT",
            "DELIVERED",
            "ACCEPTED");
    assertThat(done.getList("timeline.by.role"))
        .containsExactly(
            "CUSTOMER",
            "WAREHOUSE",
            "WAREHOUSE",
            "WAREHOUSE",
            "WAREHOUSE",
            "WAREHOUSE",
            "ADMIN",
            "WAREHOUSE",
            "WAREHOUSE",
            "CUSTOMER");
    assertThat(done.getString("timeline[2].note")).isEqualTo("warehouse -> PICKING");
    assertThat(done.getString("timeline[6].by.name")).isEqualTo("윤관리");
    assertThat(done.getList("timeline.at")).doesNotContainNull();
    // The customer follows the same timeline.
    as(CUSTOMER)
        .get("/api/orders/{id}", id)
        .then()
        .statusCode(200)
        .body("timeline.size()", equalTo(10))
        .body("status", equalTo("ACCEPTED"));
  }

  @Test
  void storePickupGoesFromPackingToReadyForPickupToPickedUp() {
    long id = place(Fixtures.SMALL_LEVEL, "PICKUP", 1);
    Map<String, Long> before = stock(Fixtures.SMALL_LEVEL);
    move(WAREHOUSE, id, "CONFIRMED");
    move(WAREHOUSE, id, "PICKING", "location", "B-01-1");
    PickingSteps.pickAll(id);
    move(WAREHOUSE, id, "SHIPPING_INSPECTION");
    PickingSteps.scanAll(id);
    JsonPath packing = move(WAREHOUSE, id, "PACKING");
    assertThat(packing.getList("next")).containsExactly("READY_FOR_PICKUP");
    Outbound.packEverything(id);
    move(WAREHOUSE, id, "READY_FOR_PICKUP");
    // Handed over at the counter against the customer's pickup code (docs/ORDERS.md).
    String pickupCode =
        as(CUSTOMER).get("/api/orders/{id}/pickup-code", id).then().extract().path("code");
    JsonPath done = move(WAREHOUSE, id, "PICKED_UP", "pickupCode", pickupCode);
    assertThat(done.getList("next")).isEmpty();
    assertThat(stock(Fixtures.SMALL_LEVEL))
        .isEqualTo(
            Map.of("onHand", before.get("onHand") - 1, "reserved", before.get("reserved") - 1));
  }

  @Test
  void cancellingReleasesTheReservation() {
    Map<String, Long> before = stock(Fixtures.SMALL_LEVEL);
    long id = place(Fixtures.SMALL_LEVEL, "DELIVERY", 3);
    Map<String, Long> placed = stock(Fixtures.SMALL_LEVEL);
    assertThat(placed.get("reserved")).isEqualTo(before.get("reserved") + 3);
    move(CUSTOMER, id, "CANCELLED");
    assertThat(stock(Fixtures.SMALL_LEVEL).get("reserved")).isEqualTo(before.get("reserved"));
    assertThat(stock(Fixtures.SMALL_LEVEL).get("onHand")).isEqualTo(placed.get("onHand"));
  }

  @Test
  void staffCancelWhilePickingButNotAfter() {
    long picking = place(Fixtures.SMALL_LEVEL, "DELIVERY", 1);
    move(WAREHOUSE, picking, "CONFIRMED");
    move(WAREHOUSE, picking, "PICKING", "location", "C-02");
    move(COUNSELLOR, picking, "CANCELLED");

    long inspected = place(Fixtures.SMALL_LEVEL, "DELIVERY", 1);
    move(WAREHOUSE, inspected, "CONFIRMED");
    move(WAREHOUSE, inspected, "PICKING", "location", "C-02");
    PickingSteps.pickAll(inspected);
    move(WAREHOUSE, inspected, "SHIPPING_INSPECTION");
    as(ADMIN)
        .body(Map.of("to", "CANCELLED"))
        .post("/api/orders/{id}/transitions", inspected)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/illegal-transition"));
  }

  @Test
  void illegalTransitionsAre409Problems() {
    long id = place(Fixtures.SMALL_LEVEL, "DELIVERY", 1);
    // Skipping a step.
    as(WAREHOUSE)
        .body(Map.of("to", "PACKING"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/illegal-transition"))
        .body("detail", containsString("cannot move from RECEIVED to PACKING"));
    // A pickup step on a delivery order.
    move(WAREHOUSE, id, "CONFIRMED");
    move(WAREHOUSE, id, "PICKING", "location", "A-1");
    PickingSteps.pickAll(id);
    move(WAREHOUSE, id, "SHIPPING_INSPECTION");
    PickingSteps.scanAll(id);
    move(WAREHOUSE, id, "PACKING");
    as(WAREHOUSE)
        .body(Map.of("to", "READY_FOR_PICKUP"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/illegal-transition"));
    // Back to an earlier state.
    as(WAREHOUSE)
        .body(Map.of("to", "RECEIVED"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/illegal-transition"));
  }

  @Test
  void aCancelledOrderCannotMoveAgain() {
    long id = place(Fixtures.SMALL_LEVEL, "PICKUP", 1);
    move(CUSTOMER, id, "CANCELLED");
    as(WAREHOUSE)
        .body(Map.of("to", "CONFIRMED"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/illegal-transition"));
  }

  @Test
  void stepsOutsideTheirRoleAre403() {
    long id = place(Fixtures.SMALL_LEVEL, "DELIVERY", 1);
    // Confirmation is the warehouse's.
    as(CUSTOMER)
        .body(Map.of("to", "CONFIRMED"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/step-not-allowed"));
    as(COUNSELLOR)
        .body(Map.of("to", "CONFIRMED"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(403);
    move(WAREHOUSE, id, "CONFIRMED");
    // After confirmation a customer can no longer cancel.
    as(CUSTOMER)
        .body(Map.of("to", "CANCELLED"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(403);
    // Another company's order does not exist for this customer.
    as(OTHER_CUSTOMER)
        .body(Map.of("to", "CANCELLED"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(404)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/order-not-found"));
  }

  @Test
  void classificationNeedsARegionAndPartner() {
    long id = place(Fixtures.SMALL_LEVEL, "DELIVERY", 1);
    move(WAREHOUSE, id, "CONFIRMED");
    // The pick list knows the location: starting picking without one is fine (issue 17).
    move(WAREHOUSE, id, "PICKING");
    PickingSteps.pickAll(id);
    move(WAREHOUSE, id, "SHIPPING_INSPECTION");
    PickingSteps.scanAll(id);
    move(WAREHOUSE, id, "PACKING");
    Outbound.packEverything(id);
    // The demo company's address has no postal code, so no delivery rule proposes a partner.
    as(WAREHOUSE)
        .body(Map.of("to", "DELIVERY_CLASSIFIED", "region", "부산"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/no-delivery-rule"));
  }

  @Test
  void anUnknownTargetStateIsStoppedAtTheEdge() {
    long id = place(Fixtures.SMALL_LEVEL, "DELIVERY", 1);
    as(WAREHOUSE)
        .body(Map.of("note", "no target"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(400)
        .body("errors.name", org.hamcrest.Matchers.hasItem("to"));
  }
}
