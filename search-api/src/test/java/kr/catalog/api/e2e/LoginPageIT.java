package kr.catalog.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import kr.catalog.api.security.Sessions;
import org.junit.jupiter.api.Test;

/**
 * The log-in page in a real Chromium: after log-in it returns only to paths of this site, whatever
 * {@code next} says (the browser's own URL parsing decides, so the test must be a browser's), and
 * it lists the demo accounts only when the platform offers them (the test profile does, like the
 * quick start).
 */
@QuarkusTest
class LoginPageIT extends BrowserTest {

  /**
   * {@code next} values that leave the site if taken as they are: a backslash the browser reads as
   * a slash (passed the old {@code //} check), a tab URL parsing strips, a scheme-relative and an
   * absolute URL, a script.
   */
  private static final String[] HOSTILE = {
    "/%5Cevil.example/",
    "/%09/evil.example/",
    "//evil.example/",
    "https://evil.example/",
    "javascript:alert(1)"
  };

  /** Logs in as the customer from the log-in page opened with this {@code next}; the URL after. */
  private URI logInWithNext(String next) {
    browser.open("/login.html?next=" + next);
    browser.type("#username", Sessions.CUSTOMER);
    browser.type("#password", Sessions.CUSTOMER + "-demo");
    browser.click("#login-submit");
    String after =
        browser.until(
            "left the log-in page",
            d -> d.getCurrentUrl().contains("/login.html") ? null : d.getCurrentUrl());
    return URI.create(after);
  }

  @Test
  void afterLogInOnlyPathsOfThisSiteAreFollowed() {
    for (String next : HOSTILE) {
      URI landed = logInWithNext(next);
      assertThat(landed.getHost()).as("host after next=" + next).isEqualTo(root.getHost());
      assertThat(landed.getPort()).as("port after next=" + next).isEqualTo(root.getPort());
      // The customer's home instead.
      assertThat(landed.getPath()).as("path after next=" + next).isEqualTo("/index.html");
    }
    URI landed = logInWithNext("/orders.html%3Fid%3D1");
    assertThat(landed.getHost()).isEqualTo(root.getHost());
    assertThat(landed.getPath()).isEqualTo("/orders.html");
    assertThat(landed.getQuery()).isEqualTo("id=1");
  }

  @Test
  void theDemoAccountsComeFromThePlatform() {
    browser.open("/login.html");
    assertThat(browser.visible("#demo-accounts").getText()).contains("데모 계정");
    browser.click("#demo-accounts summary");
    assertThat(browser.visible("#demo-list").getText())
        .contains("customer / customer-demo", "admin / admin-demo");
  }
}
