package kr.catalog.api.e2e;

import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The outbound panels of the warehouse board in a real Chromium: a delivery order packed into a box
 * (its label linked), the delivery rule's proposal shown and applied, its package scanned onto a
 * vehicle until loaded matches expected, a tracking event entered; and the customer's order page
 * showing that event in the timeline.
 */
@QuarkusTest
class OutboundBoardIT extends BrowserTest {
  /** 1.245 kg a unit in the sample catalog; used by no other test. */
  private static final String ENDMILL = "BOS1222.28";

  /** A seeded vehicle of the company's own (1톤 카고). */
  private static final String TRUCK = "80바1234";

  @Test
  void theWarehousePacksClassifiesLoadsAndTracksAnOrderAndTheCustomerSeesTheTimeline() {
    JsonPath stock = as(WAREHOUSE).get("/api/stock/{code}", ENDMILL).then().extract().jsonPath();
    as(WAREHOUSE)
        .body(Map.of("onHand", stock.getLong("reserved") + 20))
        .put("/api/stock/{code}", ENDMILL)
        .then()
        .statusCode(200);
    long id =
        as(CUSTOMER)
            .body(
                Map.of(
                    "channel",
                    "WEB",
                    "fulfilment",
                    "DELIVERY",
                    "deliveryPostalCode",
                    "04524",
                    "lines",
                    List.of(Map.of("code", ENDMILL, "quantity", 2))))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    move(id, "CONFIRMED");
    move(id, "PICKING", "location", "C-17-3");
    kr.catalog.api.fulfilment.picking.PickingSteps.pickAll(id);
    move(id, "SHIPPING_INSPECTION");
    kr.catalog.api.fulfilment.picking.PickingSteps.scanAll(id);
    move(id, "PACKING");
    String card = ".card[data-order-id=\"" + id + "\"]";
    String number = id + "-01";

    browser.logIn(WAREHOUSE);
    browser.open("/warehouse.html");
    // Packing: the form offers the units still to pack; one box takes both.
    browser.click(card + " details[data-panel=\"ob.packing\"] summary");
    browser.click(card + " .pack-form button[type=submit]");
    String packed =
        browser.until(
            "the package listed",
            d -> {
              var rows =
                  d.findElements(
                      org.openqa.selenium.By.cssSelector(
                          card + " li[data-package=\"" + number + "\"]"));
              return rows.isEmpty() ? null : rows.get(0).getText();
            });
    assertThat(packed).contains(number + " (1/1)").contains("2.49 kg").contains("라벨 인쇄");
    assertThat(
            browser.find(card + " li[data-package=\"" + number + "\"] a").getDomAttribute("href"))
        .isEqualTo("/api/orders/" + id + "/packages/" + number + "/label.pdf");
    // Classification: the rule for 04xxx is proposed.
    browser.click(card + " details[data-panel=\"ob.classify\"] summary");
    browser.until(
        "the proposal",
        d -> browser.find(card + " .proposal").getText().contains("서울 도심 · 자사차량") ? true : null);
    browser.screenshot("outbound-packing");
    browser.click(card + " button.advance");
    browser.until(
        "classified", d -> browser.find("#col-DELIVERY_CLASSIFIED " + card) != null ? true : null);

    // Loading: the package number scanned onto the truck.
    browser.click(card + " details[data-panel=\"ob.loading\"] summary");
    browser.visible(card + " .scan-form");
    new Select(browser.find(card + " .scan-form select[name=vehicle]")).selectByValue(TRUCK);
    browser.type(card + " .scan-form input[name=package]", number);
    browser.click(card + " .scan-form button[type=submit]");
    browser.until(
        "loaded 1/1",
        d -> browser.find(card + " .loaded-count").getText().equals("상차 1/1") ? true : null);
    browser.screenshot("outbound-loading");
    move(id, "LOADED");
    move(id, "IN_TRANSIT");

    // Tracking: an event entered on the board.
    browser.open("/warehouse.html");
    browser.click(card + " details[data-panel=\"ob.tracking\"] summary");
    browser.type(card + " input[name=place]", "성수 허브");
    browser.type(card + " input[name=text]", "성수 허브 도착");
    browser.click(card + " details[data-panel=\"ob.tracking\"] button[type=submit]");
    browser.until(
        "the event listed",
        d ->
            browser.find(card + " li.tracking").getText().contains("성수 허브: 성수 허브 도착")
                ? true
                : null);

    // The customer's order page: the moves and the event in one timeline.
    browser.logOut();
    browser.logIn(CUSTOMER);
    browser.open("/orders.html?id=" + id);
    browser.until(
        "the tracking event in the timeline",
        d -> browser.find("#timeline li.tracking").getText().contains("성수 허브 도착") ? true : null);
    assertThat(browser.find("#timeline").getText()).contains("상차").contains("배송중");
    browser.screenshot("outbound-timeline");
  }

  private static void move(long id, String to, String... details) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("to", to);
    for (int i = 0; i < details.length; i += 2) {
      body.put(details[i], details[i + 1]);
    }
    as(WAREHOUSE).body(body).post("/api/orders/{id}/transitions", id).then().statusCode(200);
  }
}
