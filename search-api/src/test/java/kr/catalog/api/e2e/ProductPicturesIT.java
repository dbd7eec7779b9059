package kr.catalog.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Product pictures in a real Chromium: the result list and the product page load their pictures
 * (decoded, {@code naturalWidth > 0}) from the srcset at the size shown, with their boxes reserved
 * by width/height and lazy loading in the list; a picture that fails shows the drawn stand-in,
 * never a broken-image box. Screenshots in {@code target/e2e-screenshots/}.
 */
@QuarkusTest
class ProductPicturesIT extends BrowserTest {

  /** Every picture of the list, once scrolled through: loaded, sized, lazy. */
  private static final String LIST_PICTURES =
      """
      const imgs = [...document.querySelectorAll('#hits li.hit img')];
      return imgs.map(i => ({complete: i.complete, natural: i.naturalWidth,
        width: i.getAttribute('width'), height: i.getAttribute('height'),
        loading: i.loading, srcset: i.getAttribute('srcset') || '', current: i.currentSrc}));
      """;

  @SuppressWarnings("unchecked")
  @Test
  void resultsAndTheProductPageShowLoadedPicturesAndAFailedOneItsStandIn() {
    browser.open("/?q=%EB%93%9C%EB%A6%B4");
    browser.visible("#hits li.hit img");
    // Lazy pictures load as they come into view: scroll through the list.
    browser.script("window.scrollTo(0, document.body.scrollHeight)");
    browser.script("window.scrollTo(0, 0)");
    List<Map<String, Object>> pictures =
        browser.until(
            "every picture of the list decoded",
            d -> {
              List<Map<String, Object>> all =
                  (List<Map<String, Object>>) browser.script(LIST_PICTURES);
              return !all.isEmpty()
                      && all.stream()
                          .allMatch(
                              p ->
                                  Boolean.TRUE.equals(p.get("complete"))
                                      && ((Number) p.get("natural")).longValue() > 0)
                  ? all
                  : null;
            });
    assertThat(pictures)
        .allSatisfy(
            p -> {
              assertThat(p.get("loading")).isEqualTo("lazy");
              assertThat((String) p.get("width")).isNotBlank();
              assertThat((String) p.get("height")).isNotBlank();
              assertThat((String) p.get("srcset")).contains(" 160w", " 320w");
              assertThat((String) p.get("current")).contains("/media/pictures/");
            });
    assertThat(browser.driver.findElements(By.cssSelector("#hits .no-thumb"))).isEmpty();
    browser.screenshot("13-search-pictures");

    browser.click("#hits li.hit a.hit-name");
    browser.visible("#product-picture img");
    Map<String, Object> hero =
        browser.until(
            "the product's picture decoded",
            d ->
                (Map<String, Object>)
                    browser.script(
                        """
                        const i = document.querySelector('#product-picture img');
                        return i.complete && i.naturalWidth > 0
                          ? {natural: i.naturalWidth, width: i.getAttribute('width'),
                             height: i.getAttribute('height'), shown: i.getBoundingClientRect().width,
                             current: i.currentSrc}
                          : null;
                        """));
    // The browser picked a size at least as wide as the box it fills (within one step of srcset).
    assertThat(((Number) hero.get("natural")).doubleValue())
        .isGreaterThanOrEqualTo(((Number) hero.get("shown")).doubleValue() * 0.99);
    assertThat((String) hero.get("current")).contains("/media/pictures/");
    assertThat((String) hero.get("width")).isNotBlank();
    browser.screenshot("14-product-picture");

    // A picture whose file is gone: the drawn stand-in takes its place.
    browser.script(
        """
        const i = document.querySelector('#product-picture img');
        i.srcset = '/media/pictures/00/gone-320.jpg 320w';
        i.src = '/media/pictures/00/gone-320.jpg';
        """);
    browser.visible("#product-picture svg.no-picture");
    assertThat(browser.driver.findElements(By.cssSelector("#product-picture img"))).isEmpty();
    browser.screenshot("15-product-picture-missing");
  }
}
