package kr.catalog.api.fulfilment;

import static kr.catalog.api.fulfilment.CustomerSteps.CABLE_TIES;
import static kr.catalog.api.fulfilment.CustomerSteps.DRILL;
import static kr.catalog.api.fulfilment.CustomerSteps.PLIERS;
import static kr.catalog.api.fulfilment.CustomerSteps.deliver;
import static kr.catalog.api.fulfilment.CustomerSteps.inspection;
import static kr.catalog.api.fulfilment.CustomerSteps.line;
import static kr.catalog.api.fulfilment.CustomerSteps.move;
import static kr.catalog.api.fulfilment.CustomerSteps.onHand;
import static kr.catalog.api.fulfilment.CustomerSteps.placeDelivery;
import static kr.catalog.api.fulfilment.CustomerSteps.ship;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.companyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import kr.catalog.api.notify.Notification;
import kr.catalog.api.notify.NotificationKind;
import org.junit.jupiter.api.Test;

/**
 * The customer's inspection of a delivered order and the claims it opens, on the real PostgreSQL:
 * every refusal as problem+json, the claim amounts at the order's accepted prices with VAT, the
 * credited total beside the unchanged order total, the decision notified, and a received return's
 * units back in the warehouse stock.
 */
@QuarkusTest
class AcceptanceClaimsIT {

  private static final String PROBLEM = "application/problem+json";

  private static JsonPath order(long id) {
    return as(CUSTOMER).get("/api/orders/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath afterSales(String user, long id) {
    return as(user).get("/api/orders/{id}/claims", id).then().statusCode(200).extract().jsonPath();
  }

  private static void refused(
      String user, long id, Object body, int status, String type, String detail) {
    as(user)
        .body(body)
        .post("/api/orders/{id}/acceptance", id)
        .then()
        .statusCode(status)
        .contentType(PROBLEM)
        .body("type", equalTo("/problems/" + type))
        .body("detail", containsString(detail));
  }

  /** VAT as the Korean invoice rounds it: 10%, half up to the won. */
  private static long vat(long net) {
    return (net * 10 + 50) / 100;
  }

  @Test
  void aDamagedUnitIsReturnedIntoStockAndShortUnitsAreCreditedAtTheAcceptedPrices() {
    long id = placeDelivery(DRILL, 3, PLIERS, 5);
    deliver(id);
    JsonPath delivered = order(id);
    long orderGross = delivered.getLong("totals.gross");
    long drillUnit = delivered.getLong("lines[0].unitPrice");
    long pliersUnit = delivered.getLong("lines[1].unitPrice");

    JsonPath accepted =
        as(CUSTOMER)
            .body(
                inspection(
                    "드릴 상자 한 개가 찌그러져 왔고 플라이어가 2개 모자랍니다",
                    List.of(line(1, 2, 0, 1), line(2, 3, 2, 0))))
            .post("/api/orders/{id}/acceptance", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(order(id).getString("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.getBoolean("inspected")).isTrue();
    assertThat(accepted.getList("lines.short", Integer.class)).containsExactly(0, 2);
    assertThat(accepted.getList("lines.damaged", Integer.class)).containsExactly(1, 0);
    assertThat(accepted.getList("claims.kind")).containsExactly("RETURN", "CREDIT_NOTE");
    assertThat(accepted.getList("claims.status")).containsExactly("OPEN", "OPEN");
    long returnId = accepted.getLong("claims[0].id");
    long creditId = accepted.getLong("claims[1].id");
    // The return: one drill at its accepted unit price, VAT on top.
    assertThat(accepted.getInt("claims[0].lines[0].quantity")).isEqualTo(1);
    assertThat(accepted.getLong("claims[0].net")).isEqualTo(drillUnit);
    assertThat(accepted.getLong("claims[0].vat")).isEqualTo(vat(drillUnit));
    assertThat(accepted.getLong("claims[0].gross")).isEqualTo(drillUnit + vat(drillUnit));
    // The credit note: two pliers at the accepted unit price (tier/grade discounts kept).
    long creditNet = pliersUnit * 2;
    long creditGross = creditNet + vat(creditNet);
    assertThat(accepted.getLong("claims[1].lines[0].unitPrice")).isEqualTo(pliersUnit);
    assertThat(accepted.getLong("claims[1].net")).isEqualTo(creditNet);
    assertThat(accepted.getLong("claims[1].gross")).isEqualTo(creditGross);
    // Nothing is credited before staff decide; the order's own total never changes.
    assertThat(accepted.getLong("creditedGross")).isZero();
    assertThat(accepted.getLong("orderGross")).isEqualTo(orderGross);

    // A customer may not decide their own claim, nor may the warehouse.
    Map<String, Object> approve = Map.of("approve", true, "reason", "배송 중 누락 확인");
    as(CUSTOMER)
        .body(approve)
        .post("/api/claims/{id}/decision", creditId)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    as(WAREHOUSE)
        .body(approve)
        .post("/api/claims/{id}/decision", creditId)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);

    JsonPath credited =
        as(COUNSELLOR)
            .body(approve)
            .post("/api/claims/{id}/decision", creditId)
            .then()
            .statusCode(200)
            .body("status", equalTo("APPROVED"))
            .extract()
            .jsonPath();
    String creditNote = credited.getString("creditNoteNo");
    assertThat(creditNote).matches("CN-[0-9]{6}");
    as(ADMIN)
        .body(Map.of("approve", false, "reason", "again"))
        .post("/api/claims/{id}/decision", creditId)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("/problems/claim-already-decided"));
    assertThat(afterSales(CUSTOMER, id).getLong("creditedGross")).isEqualTo(creditGross);
    assertThat(order(id).getLong("totals.gross")).isEqualTo(orderGross);

    // The decision is told to the customer's company, with the credit note's number.
    long company = companyOf(CUSTOMER);
    List<Notification> told =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Notification.<Notification>list(
                        "eventKey = ?1 and companyId = ?2",
                        "claim-" + creditId + "-decided",
                        company));
    assertThat(told).isNotEmpty();
    assertThat(told.get(0).kind).isEqualTo(NotificationKind.CLAIM_DECIDED);
    assertThat(told.get(0).orderId).isEqualTo(id);
    assertThat(told.get(0).title).isEqualTo("클레임 " + creditId + ": 처리 결과가 나왔습니다");
    assertThat(told.get(0).body).contains(creditNote).contains("배송 중 누락 확인");

    // The return: a credit note is not the credit for a return; its goods must come back first.
    as(WAREHOUSE)
        .post("/api/claims/{id}/received", returnId)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/claim-not-receivable"));
    as(COUNSELLOR)
        .body(Map.of("approve", true, "reason", "사진 없이 설명으로 확인"))
        .post("/api/claims/{id}/decision", returnId)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("creditNoteNo", equalTo(null));
    as(CUSTOMER).post("/api/claims/{id}/received", returnId).then().statusCode(403);
    as(WAREHOUSE)
        .post("/api/claims/{id}/received", creditId)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/claim-not-receivable"));

    long before = onHand(DRILL, "WH");
    JsonPath received =
        as(WAREHOUSE)
            .post("/api/claims/{id}/received", returnId)
            .then()
            .statusCode(200)
            .body("status", equalTo("RECEIVED"))
            .extract()
            .jsonPath();
    assertThat(onHand(DRILL, "WH")).isEqualTo(before + 1);
    assertThat(received.getString("creditNoteNo")).matches("CN-[0-9]{6}").isNotEqualTo(creditNote);
    as(WAREHOUSE)
        .post("/api/claims/{id}/received", returnId)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/claim-not-receivable"));
    assertThat(onHand(DRILL, "WH")).isEqualTo(before + 1);
    assertThat(afterSales(CUSTOMER, id).getLong("creditedGross"))
        .isEqualTo(creditGross + drillUnit + vat(drillUnit));

    // Another company sees neither the order's claims nor a claim.
    as(OTHER_CUSTOMER)
        .get("/api/orders/{id}/claims", id)
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/order-not-found"));
    as(OTHER_CUSTOMER)
        .get("/api/claims/{id}", returnId)
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/claim-not-found"));
    assertThat(as(OTHER_CUSTOMER).get("/api/claims").then().extract().jsonPath().getList("id"))
        .doesNotContain((int) returnId, (int) creditId);
    assertThat(
            as(COUNSELLOR)
                .get("/api/claims?status=RECEIVED")
                .then()
                .extract()
                .jsonPath()
                .getList("id"))
        .contains((int) returnId);
  }

  @Test
  void inspectionsThatDoNotFitAreRefusedAndChangeNothing() {
    long id = placeDelivery(CABLE_TIES, 4, PLIERS, 1);
    ship(id);
    // Still on its way: nothing to inspect.
    refused(
        CUSTOMER,
        id,
        inspection(null, List.of(line(1, 4, 0, 0), line(2, 1, 0, 0))),
        409,
        "illegal-transition",
        "only a delivered order");
    move(WAREHOUSE, id, "DELIVERED");

    refused(
        CUSTOMER,
        id,
        inspection(null, List.of(line(1, 3, 0, 0), line(2, 1, 0, 0))),
        422,
        "acceptance-mismatch",
        "but 4 units were shipped");
    refused(
        CUSTOMER,
        id,
        inspection(null, List.of(line(1, 2, 1, 2), line(2, 1, 0, 0))),
        422,
        "acceptance-mismatch",
        "line 1");
    refused(
        CUSTOMER,
        id,
        inspection(null, List.of(line(1, 4, 0, 0))),
        422,
        "acceptance-mismatch",
        "line 2");
    refused(
        CUSTOMER,
        id,
        inspection(null, List.of(line(1, 4, 0, 0), line(1, 4, 0, 0), line(2, 1, 0, 0))),
        422,
        "acceptance-mismatch",
        "twice");
    refused(
        CUSTOMER,
        id,
        inspection(null, List.of(line(1, 4, 0, 0), line(2, 1, 0, 0), line(3, 1, 0, 0))),
        422,
        "acceptance-mismatch",
        "no line [3]");
    // Negative quantities never reach the service.
    as(CUSTOMER)
        .body(inspection(null, List.of(line(1, 5, -1, 0), line(2, 1, 0, 0))))
        .post("/api/orders/{id}/acceptance", id)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    // Another company's order is unknown to them; the warehouse may not accept for the customer.
    refused(
        OTHER_CUSTOMER,
        id,
        inspection(null, List.of(line(1, 4, 0, 0), line(2, 1, 0, 0))),
        404,
        "order-not-found",
        "No order");
    as(WAREHOUSE)
        .body(inspection(null, List.of(line(1, 4, 0, 0), line(2, 1, 0, 0))))
        .post("/api/orders/{id}/acceptance", id)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);

    JsonPath untouched = afterSales(CUSTOMER, id);
    assertThat(untouched.getBoolean("inspected")).isFalse();
    assertThat(untouched.getList("claims")).isEmpty();
    assertThat(order(id).getString("status")).isEqualTo("DELIVERED");

    // A counsellor records it on the customer's behalf; all in order opens no claim.
    as(COUNSELLOR)
        .body(inspection("전화로 확인", List.of(line(1, 4, 0, 0), line(2, 1, 0, 0))))
        .post("/api/orders/{id}/acceptance", id)
        .then()
        .statusCode(200)
        .body("claims", org.hamcrest.Matchers.empty());
    assertThat(order(id).getString("status")).isEqualTo("ACCEPTED");
    // Inspected once: a second inspection is a move the order can no longer take.
    refused(
        CUSTOMER,
        id,
        inspection(null, List.of(line(1, 4, 0, 0), line(2, 1, 0, 0))),
        409,
        "illegal-transition",
        "ACCEPTED");
  }

  @Test
  void aPlainMoveToAcceptedRecordsEveryLineTakenOverInFull() {
    long id = placeDelivery(CABLE_TIES, 2);
    deliver(id);
    move(CUSTOMER, id, "ACCEPTED");
    JsonPath after = afterSales(CUSTOMER, id);
    assertThat(after.getBoolean("inspected")).isTrue();
    assertThat(after.getList("lines.accepted", Integer.class)).containsExactly(2);
    assertThat(after.getList("claims")).isEmpty();
  }
}
