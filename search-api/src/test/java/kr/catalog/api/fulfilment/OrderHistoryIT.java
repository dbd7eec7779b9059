package kr.catalog.api.fulfilment;

import static kr.catalog.api.fulfilment.CustomerSteps.SEONGSU;
import static kr.catalog.api.fulfilment.CustomerSteps.TAP;
import static kr.catalog.api.fulfilment.CustomerSteps.deliver;
import static kr.catalog.api.fulfilment.CustomerSteps.inspection;
import static kr.catalog.api.fulfilment.CustomerSteps.line;
import static kr.catalog.api.fulfilment.CustomerSteps.placeDelivery;
import static kr.catalog.api.fulfilment.CustomerSteps.placePickup;
import static kr.catalog.api.fulfilment.CustomerSteps.ready;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kr.catalog.api.account.UserAccount;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.security.Actor;
import org.junit.jupiter.api.Test;

/**
 * The order's history in the customer's words: state moves and journalled facts as Korean or
 * English sentences, the role for customers and the user name for staff, the picking helper's kinds
 * worded from their details, and a kind nobody wrote a sentence for yet still shown.
 */
@QuarkusTest
class OrderHistoryIT {

  @Inject OrderJournal journal;

  private static JsonPath history(String user, long id, String query, String acceptLanguage) {
    var request = as(user);
    if (acceptLanguage != null) {
      request = request.header("Accept-Language", acceptLanguage);
    }
    return request
        .get("/api/orders/{id}/history" + query, id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aPickupOrderReadsAsSentencesInKoreanAndEnglish() {
    long id = placePickup(TAP, 1, SEONGSU);
    ready(id);

    JsonPath ko = history(CUSTOMER, id, "", null);
    assertThat(ko.getString("language")).isEqualTo("ko");
    List<String> sentences = ko.getList("entries.sentence");
    assertThat(sentences)
        .startsWith("주문이 접수되었습니다")
        .contains("성수점에서 픽업 준비가 끝났습니다", "픽업 코드를 발급했습니다", "포장을 시작했습니다");
    assertThat(ko.getList("entries.text", String.class))
        .anySatisfy(
            t ->
                assertThat(t)
                    .matches("[0-9]{1,2}월 [0-9]{1,2}일 [0-9]{2}:[0-9]{2} 성수점에서 픽업 준비가 끝났습니다"));
    // The customer sees who by role, never a user name or an internal id.
    assertThat(ko.getList("entries.by")).contains("고객", "물류센터").doesNotContain("warehouse");
    String raw = as(CUSTOMER).get("/api/orders/{id}/history", id).then().extract().asString();
    assertThat(raw).doesNotContain("userId").doesNotContain("actorId").doesNotContain("warehouse");
    // Staff see the user name.
    assertThat(history(WAREHOUSE, id, "", null).getList("entries.by"))
        .contains("warehouse", "customer");

    JsonPath en = history(CUSTOMER, id, "?lang=en", null);
    assertThat(en.getString("language")).isEqualTo("en");
    assertThat(en.getList("entries.sentence"))
        .contains("Ready for pickup at 성수점", "Your order was received");
    assertThat(en.getList("entries.by")).contains("Warehouse");
    assertThat(en.getList("entries.text", String.class))
        .anySatisfy(
            t ->
                assertThat(t)
                    .matches(
                        "[A-Z][a-z]{2} [0-9]{1,2}, [0-9]{2}:[0-9]{2} Ready for pickup at 성수점"));
    assertThat(history(CUSTOMER, id, "", "en-US,en;q=0.9").getString("language")).isEqualTo("en");
    assertThat(history(CUSTOMER, id, "", "ko-KR,ko;q=0.9,en;q=0.8").getString("language"))
        .isEqualTo("ko");
    // The parameter wins over the header; a bad one is a 400.
    assertThat(history(CUSTOMER, id, "?lang=ko", "en").getString("language")).isEqualTo("ko");
    as(CUSTOMER)
        .get("/api/orders/{id}/history?lang=fr", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(OTHER_CUSTOMER)
        .get("/api/orders/{id}/history", id)
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/order-not-found"));
  }

  @Test
  void inspectionShortfallsAndUnknownKindsAreWorded() {
    long id = placeDelivery(TAP, 3);
    deliver(id);
    // What the picking capability journals for a short line moved to a back-order, and a kind no
    // table knows yet (a capability added later).
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              CustomerOrder order = CustomerOrder.findById(id);
              UserAccount w = UserAccount.byUsername(WAREHOUSE).orElseThrow();
              Actor actor = new Actor(w.id, w.username, w.role, null);
              journal.record(
                  order,
                  actor,
                  "PICKING_SHORTFALL",
                  null,
                  Map.of(
                      "shortfall",
                      "BACK_ORDER",
                      "lines",
                      List.of(Map.of("lineNo", 1, "code", TAP, "ordered", 3, "missing", 1))));
              journal.record(order, actor, "DRONE_DISPATCHED", 1, Map.of("drone", "D-7"));
            });
    as(CUSTOMER)
        .body(inspection("한 개가 깨져 있었습니다", List.of(line(1, 2, 0, 1))))
        .post("/api/orders/{id}/acceptance", id)
        .then()
        .statusCode(200);

    List<String> ko = history(CUSTOMER, id, "", null).getList("entries.sentence");
    assertThat(ko)
        .contains(
            "1번 품목 3개 중 2개만 출고되어 1개는 추가 배송(백오더)으로 옮겨졌습니다",
            "1번 품목: 처리 내역이 기록되었습니다 (drone dispatched)",
            "1번 품목 3개 중 2개를 받으셨고 1개가 파손되었습니다",
            "주문하신 물품을 인수하셨습니다")
        .anySatisfy(s -> assertThat(s).startsWith("클레임 ").contains("번이 접수되었습니다: 파손 물품 1개 반품"));
    List<String> en = history(CUSTOMER, id, "?lang=en", null).getList("entries.sentence");
    assertThat(en)
        .contains(
            "Line 1: only 2 of 3 shipped; 1 moved to a back-order (sent later)",
            "Line 1: Recorded: drone dispatched",
            "Line 1: 2 of 3 received, 1 damaged",
            "You took the order over");
  }
}
