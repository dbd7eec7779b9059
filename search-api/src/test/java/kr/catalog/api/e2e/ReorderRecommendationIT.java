package kr.catalog.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import kr.catalog.api.recommendation.CoPurchaseRefresh;
import kr.catalog.api.recommendation.HistoryImport;
import kr.catalog.model.OrderHistory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * A buyer of the seeded order history comes back: opens its orders, orders the last one again, and
 * the cart page proposes what is bought together with those lines and the buyer's usual items; one
 * recommendation goes into the cart with its button, and the product page shows its own "bought
 * together". Screenshots in {@code target/e2e-screenshots/} ({@code 20-...}, {@code 20b-...},
 * {@code 21-...}).
 */
@QuarkusTest
class ReorderRecommendationIT extends BrowserTest {

  @Inject CatalogConfig catalogConfig;
  @Inject CoPurchaseRefresh refresh;

  @Test
  void aBuyerReordersAPastOrderAndSeesRecommendationsOnTheCartPage() throws Exception {
    OrderHistory history = OrderHistory.read(CatalogPaths.catalogDir(catalogConfig)).orElseThrow();
    String buyer = HistoryImport.username(history.customers().get(0));
    // The counts the scheduler keeps, brought up to date now rather than within its period.
    refresh.refresh();

    browser.open("/login.html?next=%2Forders.html");
    browser.type("#username", buyer);
    browser.type("#password", HistoryImport.BUYER_PASSWORD);
    browser.click("#login-submit");
    browser.until("orders page", d -> d.getCurrentUrl().contains("/orders.html"));
    // The newest order comes first in the list; the seeded ones are delivered.
    browser.click("#order-list li:first-child a");
    browser.visible("#order-status[data-status=DELIVERED]");
    browser.click("#reorder");
    browser.click("#reorder-result a.button");
    browser.until("cart page", d -> d.getCurrentUrl().contains("/cart.html"));

    Set<String> inCart =
        browser.driver.findElements(By.cssSelector("#cart tr[data-code]")).stream()
            .map(tr -> tr.getDomAttribute("data-code"))
            .collect(Collectors.toSet());
    assertThat(inCart).isNotEmpty();
    browser.visible("#reco-together .reco-item");
    assertThat(browser.find("#reco-together-h").getText()).isEqualTo("함께 구매한 상품");
    List<WebElement> together =
        browser.driver.findElements(By.cssSelector("#reco-together .reco-item"));
    List<String> proposed = together.stream().map(li -> li.getDomAttribute("data-code")).toList();
    assertThat(proposed).isNotEmpty().doesNotContainAnyElementsOf(inCart);
    // What the buyer's past orders hold together comes before the cold start.
    assertThat(together.get(0).getDomAttribute("data-reason")).isEqualTo("BOUGHT_TOGETHER");
    browser.visible("#reco-usual .reco-item");
    assertThat(browser.find("#reco-usual-h").getText()).isEqualTo("자주 사는 상품");
    List<WebElement> usual = browser.driver.findElements(By.cssSelector("#reco-usual .reco-item"));
    assertThat(usual)
        .anySatisfy(li -> assertThat(li.getDomAttribute("data-reason")).isEqualTo("USUAL"));
    // What the cart already holds is not proposed again.
    assertThat(usual.stream().map(li -> li.getDomAttribute("data-code")).toList())
        .doesNotContainAnyElementsOf(inCart);
    browser.screenshot("20-cart-recommendations-after-reorder");
    // The blocks themselves, below the fold of the page screenshot.
    Files.createDirectories(Browser.SCREENSHOTS);
    browser.script("document.getElementById('recommendations').scrollIntoView()");
    Files.write(
        Browser.SCREENSHOTS.resolve("20b-cart-recommendation-blocks.png"),
        browser.find("#recommendations").getScreenshotAs(OutputType.BYTES));

    // One recommendation into the cart with its button: the cart gets the line.
    String first = proposed.get(0);
    browser.click("#reco-together .reco-item[data-code='" + first + "'] .reco-add");
    browser.visible("#cart tr[data-code='" + first + "']");

    // The product page of a reordered line shows its own "bought together".
    browser.open(
        "/product.html?code="
            + java.net.URLEncoder.encode(
                inCart.iterator().next(), java.nio.charset.StandardCharsets.UTF_8));
    browser.visible("#reco-together .reco-item");
    assertThat(browser.find("#reco-together-h").getText()).isEqualTo("함께 구매한 상품");
    browser.screenshot("21-product-bought-together");
  }
}
