package kr.catalog.api.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The quick start (like the test profile) offers its demo accounts to the log-in page. */
@QuarkusTest
class DemoAccountsIT {

  @Test
  void theQuickStartListsItsDemoAccounts() {
    given()
        .get("/api/demo-accounts")
        .then()
        .statusCode(200)
        .body("username", hasItems("customer", "admin"))
        .body("password", hasItems("customer-demo", "admin-demo"));
  }
}
