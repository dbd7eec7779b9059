package kr.catalog.api.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import kr.catalog.api.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed per user name: five failures are answered normally, then every
 * attempt waits out a growing lock (the clock is placed, never slept on).
 */
@QuarkusTest
class LoginThrottleIT {

  private static final String USER = "customer2";
  private static final String PASSWORD = "customer2-demo";

  @Inject TestClock clock;
  @Inject LoginThrottle throttle;

  @AfterEach
  void cleanUp() {
    clock.reset();
    throttle.clear(USER);
    throttle.clear("nobody-here");
  }

  private static ValidatableResponse login(String user, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user, "password", password))
        .post("/api/auth/login")
        .then();
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordWaitsOutTheLock() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    clock.set(now);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      login(USER, "guess-" + i).statusCode(401);
    }
    // The sixth failure locks the name for 30 s.
    login(USER, "guess-6").statusCode(401).body("type", equalTo("/problems/wrong-credentials"));
    login(USER, PASSWORD)
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", "30")
        .body("type", equalTo("/problems/too-many-attempts"));
    clock.set(now.plusSeconds(29));
    login(USER, PASSWORD).statusCode(429).header("Retry-After", "1");
    clock.set(now.plusSeconds(30));
    login(USER, PASSWORD).statusCode(200);
    // Success cleared the count: five failures are answered normally again.
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      login(USER, "again-" + i).statusCode(401);
    }
    login(USER, PASSWORD).statusCode(200);
  }

  @Test
  void theLockDoublesWithEachFurtherFailureAndUnknownNamesCountAlike() {
    Instant now = Instant.parse("2026-11-23T11:00:00Z");
    clock.set(now);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
      login("nobody-here", "x").statusCode(401);
    }
    login("nobody-here", "x").statusCode(429).header("Retry-After", "30");
    clock.set(now.plusSeconds(30));
    login("nobody-here", "x").statusCode(401); // the seventh failure: 60 s
    login("NOBODY-HERE ", "x").statusCode(429).header("Retry-After", "60");
  }

  @Test
  void otherUsersAreNotAffected() {
    clock.set(Instant.parse("2026-11-23T12:00:00Z"));
    for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
      login(USER, "guess").statusCode(401);
    }
    login(USER, PASSWORD).statusCode(429);
    login("customer", "customer-demo").statusCode(200);
  }
}
