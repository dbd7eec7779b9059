package kr.catalog.api.e2e;

import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.fulfilment.picking.PickingSteps;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;

/**
 * The notifications on "my orders" in a real Chromium, without a mail server (the quick start's
 * default): a customer user of a company of the test's own sees the order's notifications with the
 * unread count, in the badge and in the live region, opens one (it is marked read and its order
 * shown), and marks the rest read.
 */
@QuarkusTest
class NotificationsPageIT extends BrowserTest {

  @Inject CatalogView catalog;

  @Test
  void aCustomerSeesTheUnreadNotificationsOfTheCompanysOrdersAndReadsThem() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long company =
        ((Number)
                as(ADMIN)
                    .body(Map.of("name", "알림화면상사 " + suffix, "grade", "STANDARD"))
                    .post("/api/customers")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    String username = "notify-ui-" + suffix;
    as(ADMIN)
        .body(
            Map.of(
                "username",
                username,
                "password",
                username + "-demo",
                "displayName",
                "알림 확인",
                "role",
                "CUSTOMER",
                "companyId",
                company))
        .post("/api/customers/users")
        .then()
        .statusCode(201);
    String code =
        catalog.allProducts().stream()
            .filter(p -> !p.discontinued() && p.listPrice() > 0)
            .map(Product::code)
            .sorted()
            .toList()
            .getLast();
    JsonPath stock = as(WAREHOUSE).get("/api/stock/{code}", code).then().extract().jsonPath();
    as(WAREHOUSE)
        .body(Map.of("onHand", stock.getLong("reserved") + 50))
        .put("/api/stock/{code}", code)
        .then()
        .statusCode(200);
    long order =
        as(COUNSELLOR)
            .body(
                Map.of(
                    "channel",
                    "PHONE",
                    "fulfilment",
                    "PICKUP",
                    "customerId",
                    company,
                    "lines",
                    List.of(Map.of("code", code, "quantity", 1))))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    move(order, "CONFIRMED", Map.of());
    move(order, "PICKING", Map.of("location", "C-02-01"));
    PickingSteps.pickAll(order);
    move(order, "SHIPPING_INSPECTION", Map.of());
    PickingSteps.scanAll(order);
    move(order, "PACKING", Map.of());
    kr.catalog.api.fulfilment.outbound.Outbound.packEverything(order);
    move(order, "READY_FOR_PICKUP", Map.of());

    browser.logIn(username);
    browser.open("/orders.html");
    browser.until(
        "two unread", d -> browser.find("#notify-count").getText().equals("2") ? true : null);
    assertThat(browser.find("#notify-status").getText()).isEqualTo("읽지 않은 알림 2개");
    assertThat(browser.find("#notify-status").getDomAttribute("aria-live")).isEqualTo("polite");
    List<String> items =
        browser.until(
            "two notifications",
            d -> {
              var rows = d.findElements(org.openqa.selenium.By.cssSelector("#notify-list li"));
              return rows.size() == 2 ? rows.stream().map(r -> r.getText()).toList() : null;
            });
    assertThat(items.get(0)).contains("주문 " + order + ": 매장에서 찾아가실 수 있습니다");
    assertThat(items.get(1)).contains("주문 " + order + ": 확인되어 출고 준비를 시작합니다");
    browser.screenshot("notifications");

    browser.click("#notify-list li.unread a");
    browser.until("the order opened", d -> d.getCurrentUrl().endsWith("/orders.html?id=" + order));
    browser.until(
        "one unread", d -> browser.find("#notify-count").getText().equals("1") ? true : null);
    browser.click("#notify-read-all");
    browser.until(
        "none unread",
        d -> browser.find("#notify-status").getText().equals("읽지 않은 알림 0개") ? true : null);
    assertThat(
            browser
                .find("#notify-list")
                .findElements(org.openqa.selenium.By.cssSelector(".unread")))
        .isEmpty();
  }

  private static void move(long id, String to, Map<String, String> details) {
    Map<String, Object> body = new java.util.HashMap<>(details);
    body.put("to", to);
    as(WAREHOUSE).body(body).post("/api/orders/{id}/transitions", id).then().statusCode(200);
  }
}
