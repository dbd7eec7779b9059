package kr.catalog.api.e2e;

import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The accounts page in a real Chromium: an administrator reaches it from the menu, finds an
 * account, deactivates it (after confirming) and gives it a temporary password, shown once; the
 * audit below lists both.
 */
@QuarkusTest
class AdminPageIT extends BrowserTest {

  private void confirmDialog() {
    browser.until("confirmation dialog", ExpectedConditions.alertIsPresent()).accept();
  }

  @Test
  void anAdministratorDeactivatesAnAccountAndResetsItsPassword() {
    String username = "wh-ui-" + UUID.randomUUID().toString().substring(0, 8);
    as(ADMIN)
        .body(
            Map.of(
                "username", username,
                "password", "warehouse shift 3",
                "displayName", "서창고",
                "role", "WAREHOUSE"))
        .post("/api/customers/users")
        .then()
        .statusCode(201);

    browser.logIn(ADMIN);
    browser.click("a[href='/admin.html']");
    browser.type("#q", username);
    browser.click("#search");
    String row = "tr[data-username='" + username + "']";
    // Wait for the search's own rendering (the page first lists every account, other tests' among
    // them): a row found in the first list goes stale when the search replaces it.
    browser.until(
        "only the new account listed",
        d -> {
          var rows = d.findElements(org.openqa.selenium.By.cssSelector("#user-rows tr"));
          return rows.size() == 1
                  && username.equals(rows.getFirst().getDomAttribute("data-username"))
                  && rows.getFirst().getText().contains("서창고")
              ? true
              : null;
        });

    browser.click(row + " button[data-action='deactivate']");
    confirmDialog();
    browser.until(
        "deactivated", d -> browser.find(row + " .state").getText().equals("중지됨") ? true : null);

    browser.click(row + " button[data-action='reset']");
    confirmDialog();
    String notice =
        browser.until(
            "temporary password shown",
            d -> {
              String text = browser.find("#notice").getText();
              return text.contains("임시 비밀번호") ? text : null;
            });
    assertThat(notice).contains(username).containsPattern("임시 비밀번호: [A-Za-z0-9]{16} ");
    browser.until(
        "audit rows",
        d -> {
          String audit = browser.find("#audit-rows").getText();
          return audit.contains("RESET_PASSWORD") && audit.contains("DEACTIVATE") ? true : null;
        });
    browser.screenshot("admin");
  }
}
