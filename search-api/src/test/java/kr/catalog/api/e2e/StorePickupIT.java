package kr.catalog.api.e2e;

import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import kr.catalog.api.security.Sessions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Stock per store in a real headless Chromium (issue #17 point 1): the product page says where the
 * product is in stock, the search's store facet filters by it, and a pickup customer picks a store
 * that has everything at checkout (a store that lacks it says when a transfer would bring it).
 */
@QuarkusTest
class StorePickupIT extends BrowserTest {

  /** Used by no other test: 링컨일렉트릭 자동 용접면. */
  private static final String CODE = "LIN/268-6-13";

  private static long number(String path, String field) {
    return as(WAREHOUSE).get(path, CODE).then().statusCode(200).extract().jsonPath().getLong(field);
  }

  private static void available(String location, long units) {
    long reserved = number("/api/stock/{code}/locations/" + location, "reserved");
    as(WAREHOUSE)
        .body(Map.of("onHand", reserved + units))
        .put("/api/stock/{code}/locations/{location}", CODE, location)
        .then()
        .statusCode(200);
  }

  @Test
  void aCustomerSeesStockPerStoreFiltersByStoreAndPicksUpAtAStoreThatHasIt() {
    available("WH", 100);
    available("SEONGSU", 3);
    available("GURO", 0);
    available("INCHEON", 0);
    available("BUSAN", 0);

    // The product page: 성수점 has it, 구로점 can get it from the warehouse.
    browser.open("/product.html?code=" + CODE);
    // What the page asks, asked the same way (anonymous, the code encoded as the page does).
    Object answer =
        browser.asyncScript(
            """
            const done = arguments[arguments.length - 1];
            fetch("/api/stock/" + encodeURIComponent(arguments[0]) + "/locations")
              .then(async (r) => done(r.status + " " + (await r.text()).slice(0, 300)))
              .catch((e) => done(String(e)));
            """,
            CODE);
    assertThat(String.valueOf(answer)).startsWith("200 ");
    browser.visible("#stock li[data-location='SEONGSU']");
    assertThat(browser.find("#stock li[data-location='SEONGSU']").getText())
        .isEqualTo("성수점 재고 있음 (3개)");
    assertThat(browser.find("#stock li[data-location='GURO']").getText())
        .isEqualTo("구로점 재고 없음 · 물류센터에서 1일");
    browser.screenshot("17-product-stock-per-store");

    // The search: the store facet names the store, ticking it keeps the product.
    browser.open("/?q=" + CODE);
    browser.visible("#facet-store");
    String seongsu = "#facet-store label[data-value='SEONGSU']";
    browser.until(
        "the store facet labelled by name",
        d -> d.findElement(By.cssSelector(seongsu)).getText().contains("성수점 재고 있음"));
    browser.click(seongsu + " input");
    browser.until("filtered by store", d -> d.getCurrentUrl().contains("store=SEONGSU"));
    browser.until(
        "the product among the hits", d -> d.findElement(By.id("hits")).getText().contains(CODE));
    browser.screenshot("18-search-store-facet");

    // Checkout: two units, picked up at 성수점; 구로점 would have them after a transfer.
    browser.logIn(Sessions.CUSTOMER);
    browser.open("/product.html?code=" + CODE);
    browser.type("#qty", "2");
    browser.click("#add-to-cart");
    browser.visible("#added");
    browser.open("/cart.html");
    browser.click("#get-quote");
    browser.visible("#quote-pdf");
    browser.click("input[name=fulfilment][value=PICKUP]");
    browser.visible("#stores label[data-store='SEONGSU']");
    assertThat(browser.find("#stores label[data-store='SEONGSU'] input").isEnabled()).isTrue();
    assertThat(browser.find("#stores label[data-store='GURO'] input").isEnabled()).isFalse();
    String ready = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1).toString();
    assertThat(browser.find("#stores label[data-store='GURO']").getText()).contains(ready);
    browser.click("#stores label[data-store='SEONGSU'] input");
    browser.screenshot("19-cart-pickup-store");
    long seongsuReservedBefore = number("/api/stock/{code}/locations/SEONGSU", "reserved");
    browser.click("#place-order");
    long orderId = Long.parseLong(browser.visible("#placed").getDomAttribute("data-order-id"));

    JsonPath order = as(Sessions.CUSTOMER).get("/api/orders/{id}", orderId).jsonPath();
    assertThat(order.getString("fulfilment")).isEqualTo("PICKUP");
    assertThat(order.getString("stockLocation.code")).isEqualTo("SEONGSU");
    assertThat(number("/api/stock/{code}/locations/SEONGSU", "reserved"))
        .isEqualTo(seongsuReservedBefore + 2);
  }
}
