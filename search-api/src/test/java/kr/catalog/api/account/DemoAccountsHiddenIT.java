package kr.catalog.api.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ShippedAuthDefaults;
import org.junit.jupiter.api.Test;

/**
 * Outside the quick start the demo passwords are never advertised, even where the demo accounts
 * were seeded (as here): the log-in page then has nothing to show.
 */
@QuarkusTest
@TestProfile(ShippedAuthDefaults.class)
class DemoAccountsHiddenIT {

  @Test
  void noDemoAccountsAreOfferedOutsideTheQuickStart() {
    given()
        .get("/api/demo-accounts")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }
}
