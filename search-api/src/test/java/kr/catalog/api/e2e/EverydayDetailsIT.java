package kr.catalog.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.security.Sessions;
import kr.catalog.model.Category;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Small things users notice (issue 16, point 7), in a real headless Chromium: marketing picks
 * categories from the searchable tree instead of typing ids.
 */
@QuarkusTest
class EverydayDetailsIT extends BrowserTest {
  @Inject CatalogView catalog;

  @Test
  void marketingPicksACategoryFromTheSearchableTreeInsteadOfTypingItsId() {
    Category drills =
        catalog.categories().stream()
            .filter(c -> !c.isTop() && c.nameKo().startsWith("드릴"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sample has no drill category"));
    browser.logIn(Sessions.MARKETING);
    browser.open("/marketing.html");
    browser.click("button.picker-open[data-for='preview-category']");
    browser.type("dialog[open] input[type=search]", "드릴");
    String node = "dialog[open] li[data-category='" + drills.id() + "']";
    browser.visible(node);
    // The search narrows the tree: top categories without a drill are gone.
    browser.until(
        "the tree narrowed",
        d ->
            d.findElements(By.cssSelector("dialog[open] .picker-tree > ul > li")).size()
                < catalog.categories().stream().filter(Category::isTop).count());
    browser.screenshot("15-marketing-category-picker");

    WebElement pick = browser.find(node + " > button");
    assertThat(pick.getText()).startsWith(drills.nameKo());
    pick.click();
    browser.until(
        "the id in the field",
        d -> drills.id().equals(d.findElement(By.id("preview-category")).getDomProperty("value")));
    assertThat(browser.driver.findElements(By.cssSelector("dialog[open]"))).isEmpty();
  }
}
