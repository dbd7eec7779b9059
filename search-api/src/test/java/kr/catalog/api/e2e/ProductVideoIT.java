package kr.catalog.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.model.Asset;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;

/**
 * A usage video plays on its product page in a real headless Chromium: the sample's H.264 MP4
 * (encoded by jcodec when the sample was generated, its poster decoded at ingest) is played from
 * the media store's byte ranges, with its Korean captions. Screenshot in {@code
 * target/e2e-screenshots/13-product-video.png}.
 */
@QuarkusTest
class ProductVideoIT extends BrowserTest {
  @Inject CatalogView catalog;

  @Test
  void theUsageVideoPlaysInlineWithItsPosterAndCaptions() throws java.io.IOException {
    Asset video =
        catalog.catalog().assets().stream()
            .filter(a -> a.kind() == Asset.Kind.VIDEO)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sample has no usage video"));
    Product product =
        catalog.allProducts().stream()
            .filter(p -> p.codeKey().equals(video.productCodeKey()))
            .findFirst()
            .orElseThrow();

    browser.open(
        "/product.html?code="
            + java.net.URLEncoder.encode(product.code(), java.nio.charset.StandardCharsets.UTF_8));
    browser.visible("#video-files video");
    assertThat(browser.find("#video-files video").getAttribute("poster"))
        .endsWith(video.thumbnailPath());
    assertThat(browser.find("#video-files video").getAttribute("preload")).isEqualTo("metadata");
    assertThat(browser.find("#video-files video track").getAttribute("srclang")).isEqualTo("ko");

    // Muted, so no user gesture is needed to play; then the playhead must move.
    browser.script(
        "const v = document.querySelector('#video-files video'); v.muted = true; v.play();");
    browser.until(
        "the video plays (currentTime advances)",
        d ->
            ((Number)
                        browser.script(
                            "return document.querySelector('#video-files video').currentTime;"))
                    .doubleValue()
                > 0.3);
    Object error = browser.script("return document.querySelector('#video-files video').error;");
    assertThat(error).isNull();
    // Captions of the video were loaded as a text track.
    browser.until(
        "captions track loaded",
        d ->
            ((Number)
                        browser.script(
                            "const t = document.querySelector('#video-files video').textTracks[0];"
                                + " return t && t.cues ? t.cues.length : 0;"))
                    .intValue()
                == 2);
    assertThat(browser.find("#video-files h2").getText()).isEqualTo("사용 영상");
    browser.screenshot("13-product-video-page");
    // The page screenshot shows the top of the page; the player, mid-play, on its own.
    java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
    java.nio.file.Files.write(
        Browser.SCREENSHOTS.resolve("13-product-video.png"),
        browser.find("#video-files").getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }
}
