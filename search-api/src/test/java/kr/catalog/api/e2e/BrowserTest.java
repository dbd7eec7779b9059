package kr.catalog.api.e2e;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URISyntaxException;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test of the web UI shares: Chromium required (skipped locally, a failure on
 * CI), a fresh browser profile per test at the application's root, closed after it.
 */
abstract class BrowserTest {

  @TestHTTPResource("/")
  URL root;

  /** The browser of the running test. */
  Browser browser;

  @BeforeAll
  static void chromiumIsInstalled() {
    Browser.requireInstalled();
  }

  @BeforeEach
  void startBrowser() throws URISyntaxException {
    browser = new Browser(root.toURI());
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
