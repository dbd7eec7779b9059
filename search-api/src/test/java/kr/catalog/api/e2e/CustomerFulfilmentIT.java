package kr.catalog.api.e2e;

import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kr.catalog.api.fulfilment.CustomerSteps;
import kr.catalog.api.security.Sessions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The customer's side of fulfilment in a real headless Chromium (issue 17): a pickup order at a
 * branch from checkout to PICKED_UP with its pickup code typed at the counter, and the inspection
 * of a delivered order whose damaged line opens a claim. The warehouse steps in between are moved
 * through the API as staff for now (each has its own panels and tests).
 */
@QuarkusTest
class CustomerFulfilmentIT extends BrowserTest {

  /** Used by no other test: 에스엠씨 원터치 피팅, picked up at 성수점. */
  private static final String FITTING = "SM6470.32";

  /** Used by no other test: 마끼다 팁쏘 톱날, delivered and inspected. */
  private static final String BLADES = "MA/195-1";

  /**
   * Saves a screenshot of one part of the page (the page's own screenshot shows its top, where the
   * order list is, not the order's sections further down).
   */
  private void shot(String css, String name) {
    try {
      // Chromium captures only what is in the viewport: bring the section to its top first.
      browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.find(css));
      java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
      java.nio.file.Files.write(
          Browser.SCREENSHOTS.resolve(name + ".png"),
          browser.find(css).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aPickupOrderLeavesTheBranchCounterWithItsCode() {
    CustomerSteps.stock(FITTING, "WH", 10);
    CustomerSteps.stock(FITTING, CustomerSteps.SEONGSU, 5);

    browser.logIn(Sessions.CUSTOMER);
    browser.open("/product.html?code=" + FITTING);
    browser.type("#qty", "2");
    browser.click("#add-to-cart");
    browser.visible("#added");
    browser.open("/cart.html");
    browser.click("#get-quote");
    browser.visible("#quote-pdf");
    browser.click("input[name=fulfilment][value=PICKUP]");
    browser.click("#stores label[data-store='SEONGSU'] input");
    browser.click("#place-order");
    long id = Long.parseLong(browser.visible("#placed").getDomAttribute("data-order-id"));

    CustomerSteps.ready(id);

    // The customer's order page: the code, large, with the store; the history in their words.
    browser.open("/orders.html?id=" + id);
    String code = browser.visible("#pickup-code-value").getText();
    assertThat(code).matches("[0-9]{6}");
    assertThat(browser.find("#pickup-code").getText()).contains("성수점");
    browser.until(
        "the history says the order is ready at 성수점",
        d -> d.findElement(By.id("history-list")).getText().contains("성수점에서 픽업 준비가 끝났습니다"));
    browser.screenshot("c1-customer-pickup-code");
    shot("#pickup-code", "c1-customer-pickup-code-detail");
    shot("#history", "c1-customer-history");

    // At the counter: a wrong code is refused, the customer's code hands the goods over.
    browser.logOut();
    browser.logIn(Sessions.WAREHOUSE);
    browser.open("/warehouse.html");
    String card = ".card[data-order-id='" + id + "']";
    browser.visible(card + " input[name=pickupCode]");
    String wrong =
        String.format(java.util.Locale.ROOT, "%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    browser.type(card + " input[name=pickupCode]", wrong);
    browser.click(card + " button.advance");
    browser.until(
        "the wrong code refused",
        d ->
            d.findElement(By.id("error")).isDisplayed()
                && !d.findElement(By.id("error")).getText().isBlank());
    browser.screenshot("c2-counter-wrong-code");
    shot(card, "c2-counter-card");
    browser.type(card + " input[name=pickupCode]", code);
    browser.click(card + " button.advance");
    browser.until(
        "the order handed over",
        d ->
            as(CUSTOMER)
                .get("/api/orders/{id}", id)
                .jsonPath()
                .getString("status")
                .equals("PICKED_UP"));
    browser.screenshot("c3-counter-picked-up");

    JsonPath history = as(CUSTOMER).get("/api/orders/{id}/history", id).jsonPath();
    assertThat(history.getList("entries.sentence"))
        .contains(
            "성수점 카운터에서 잘못된 픽업 코드가 입력되었습니다 (남은 횟수 4)",
            "성수점 카운터에서 픽업 코드를 확인했습니다",
            "성수점에서 물품을 찾아가셨습니다");
  }

  @Test
  void aDamagedLineFoundAtInspectionOpensAReturnClaim() {
    long id = CustomerSteps.placeDelivery(BLADES, 3);
    CustomerSteps.deliver(id);

    browser.logIn(Sessions.CUSTOMER);
    browser.open("/orders.html?id=" + id);
    String line = "#acceptance .accept-line[data-line='1']";
    browser.visible(line);
    // One of the three arrived broken: one less accepted, one more damaged.
    browser.click(line + " .stepper:has(input[name=accepted]) button[data-step='-1']");
    browser.click(line + " .stepper:has(input[name=damaged]) button[data-step='+1']");
    assertThat(browser.find(line + " input[name=accepted]").getDomProperty("value")).isEqualTo("2");
    assertThat(browser.find(line + " input[name=damaged]").getDomProperty("value")).isEqualTo("1");
    browser.type("#acceptance textarea[name=description]", "톱날 한 묶음의 포장이 찢어져 날이 휘었습니다");
    browser.screenshot("c4-customer-inspection");
    shot("#acceptance", "c4-customer-inspection-form");
    browser.click("#accept");
    browser.visible("#claims li[data-kind='RETURN'][data-status='OPEN']");
    browser.until(
        "the order accepted",
        d ->
            d.findElement(By.id("order-status")).getDomAttribute("data-status").equals("ACCEPTED"));
    browser.until(
        "the history tells the inspection",
        d ->
            d.findElement(By.id("history-list"))
                .getText()
                .contains("1번 품목 3개 중 2개를 받으셨고 1개가 파손되었습니다"));
    browser.screenshot("c5-customer-claim-opened");
    shot("#claims", "c5-customer-claims");
    shot("#history", "c5-customer-history");

    // A counsellor approves the return with a reason.
    browser.logOut();
    browser.logIn(Sessions.COUNSELLOR);
    browser.open("/orders.html?id=" + id);
    String claim = "#claims li[data-kind='RETURN']";
    browser.type(claim + " input[name=reason]", "설명과 사진 없이 확인: 운송 중 파손");
    browser.click(claim + " button.approve");
    browser.visible("#claims li[data-kind='RETURN'][data-status='APPROVED']");
    browser.screenshot("c6-counsellor-claim-approved");
    shot("#claims", "c6-counsellor-claims");
    assertThat(
            as(CUSTOMER)
                .get("/api/orders/{id}/claims", id)
                .jsonPath()
                .getString("claims[0].status"))
        .isEqualTo("APPROVED");
  }
}
