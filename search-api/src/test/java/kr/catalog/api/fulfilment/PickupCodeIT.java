package kr.catalog.api.fulfilment;

import static kr.catalog.api.fulfilment.CustomerSteps.HAMMER;
import static kr.catalog.api.fulfilment.CustomerSteps.SEONGSU;
import static kr.catalog.api.fulfilment.CustomerSteps.onHand;
import static kr.catalog.api.fulfilment.CustomerSteps.placePickup;
import static kr.catalog.api.fulfilment.CustomerSteps.ready;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.api.notify.Notification;
import kr.catalog.api.notify.NotificationKind;
import org.junit.jupiter.api.Test;

/**
 * The pickup code on the real PostgreSQL: issued at READY_FOR_PICKUP and shown only to the
 * customer's company (and in the notification), the handover refused without it or with a wrong one
 * (each wrong try counted and journalled although the move rolls back), locked after five, a new
 * one issued by staff, and the right one handing the goods over at the store.
 */
@QuarkusTest
class PickupCodeIT {

  private static final String PROBLEM = "application/problem+json";

  private static ValidatableResponse handOver(long id, String code) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("to", "PICKED_UP");
    body.put("pickupCode", code);
    return as(WAREHOUSE).body(body).post("/api/orders/{id}/transitions", id).then();
  }

  private static String code(long id) {
    return as(CUSTOMER)
        .get("/api/orders/{id}/pickup-code", id)
        .then()
        .statusCode(200)
        .extract()
        .path("code");
  }

  /** Another 6-digit code than the right one. */
  private static String wrong(String right) {
    return String.format(Locale.ROOT, "%06d", (Integer.parseInt(right) + 1) % 1_000_000);
  }

  private static long journalled(long id, String kind) {
    return as(WAREHOUSE)
        .get("/api/orders/{id}/history", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("entries.kind")
        .stream()
        .filter(kind::equals)
        .count();
  }

  @Test
  void theCodeHandsTheGoodsOverAtTheStoreAndWrongCodesAreCountedUntilLocked() {
    long id = placePickup(HAMMER, 2, SEONGSU);
    // No code before the order is ready.
    as(CUSTOMER)
        .get("/api/orders/{id}/pickup-code", id)
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("/problems/pickup-code-not-found"));
    ready(id);

    JsonPath shown =
        as(CUSTOMER)
            .get("/api/orders/{id}/pickup-code", id)
            .then()
            .statusCode(200)
            .body("storeCode", equalTo(SEONGSU))
            .body("storeName", equalTo("성수점"))
            .body("locked", equalTo(false))
            .extract()
            .jsonPath();
    String right = shown.getString("code");
    assertThat(right).matches("[0-9]{6}");
    // Only the customer's company reads it: another company does not see the order, staff do not
    // read the code (they type what the customer shows).
    as(OTHER_CUSTOMER)
        .get("/api/orders/{id}/pickup-code", id)
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/order-not-found"));
    as(WAREHOUSE).get("/api/orders/{id}/pickup-code", id).then().statusCode(403);
    // The ready-for-pickup notification carries it, with the store.
    List<Notification> told =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Notification.<Notification>list(
                        "orderId = ?1 and kind = ?2", id, NotificationKind.ORDER_READY_FOR_PICKUP));
    assertThat(told).isNotEmpty();
    assertThat(told.get(0).body).contains(right).contains("성수점");
    // ...and the history never does.
    assertThat(as(WAREHOUSE).get("/api/orders/{id}/history", id).then().extract().asString())
        .doesNotContain(right);

    handOver(id, null)
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].name", equalTo("pickupCode"));
    handOver(id, wrong(right))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("/problems/pickup-code-wrong"))
        .body("detail", containsString("성수점"))
        .body("detail", containsString("4 tries left"));
    // Refused, yet counted and journalled.
    assertThat(journalled(id, "PICKUP_CODE_REJECTED")).isEqualTo(1);
    as(CUSTOMER)
        .get("/api/orders/{id}/pickup-code", id)
        .then()
        .body("wrongTries", equalTo(1))
        .body("code", equalTo(right));
    as(CUSTOMER).get("/api/orders/{id}", id).then().body("status", equalTo("READY_FOR_PICKUP"));
    for (int i = 0; i < 3; i++) {
      handOver(id, wrong(right)).statusCode(422);
    }
    handOver(id, wrong(right))
        .statusCode(409)
        .body("type", equalTo("/problems/pickup-code-locked"));
    // Locked: even the right code no longer hands the goods over.
    handOver(id, right).statusCode(409).body("type", equalTo("/problems/pickup-code-locked"));
    assertThat(journalled(id, "PICKUP_CODE_REJECTED")).isEqualTo(5);
    as(CUSTOMER).get("/api/orders/{id}/pickup-code", id).then().body("locked", equalTo(true));

    // Staff issue a new one; the customer may not, and the answer does not carry it.
    as(CUSTOMER).post("/api/orders/{id}/pickup-code", id).then().statusCode(403);
    as(WAREHOUSE)
        .post("/api/orders/{id}/pickup-code", id)
        .then()
        .statusCode(200)
        .body("code", equalTo(null))
        .body("locked", equalTo(false))
        .body("wrongTries", equalTo(0));
    String renewed = code(id);

    long before = onHand(HAMMER, SEONGSU);
    handOver(id, renewed).statusCode(200).body("status", equalTo("PICKED_UP"));
    // The two units left the store's stock.
    assertThat(onHand(HAMMER, SEONGSU)).isEqualTo(before - 2);
    assertThat(journalled(id, "PICKUP_CODE_ACCEPTED")).isEqualTo(1);
    as(CUSTOMER)
        .get("/api/orders/{id}/pickup-code", id)
        .then()
        .body("usedAt", org.hamcrest.Matchers.notNullValue());
    // Not waiting at the counter any more: no new code.
    as(ADMIN)
        .post("/api/orders/{id}/pickup-code", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/illegal-transition"));
  }
}
