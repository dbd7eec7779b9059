package kr.catalog.api.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.catalog.api.support.ShippedAuthDefaults;
import kr.catalog.api.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed without anyone being able to lock someone else out: the lock falls on
 * the pair of user name and client address, on an address spraying many names, on a name guessed
 * from many addresses (except from addresses that logged in to it before) and on the platform when
 * failures flood in (except for known addresses). Clients are told apart by the address the test's
 * own connection (127.0.0.1, a trusted proxy in tests) names in {@code X-Forwarded-For}; a peer
 * that is not a trusted proxy (127.0.0.2) cannot choose its address that way. The clock is placed,
 * never slept on.
 */
@QuarkusTest
@TestProfile(ShippedAuthDefaults.class)
class LoginThrottleIT {

  private static final String USER = "customer2";
  private static final String PASSWORD = "customer2-demo";

  /** Documentation addresses (RFC 5737): the attacker's and the user's. */
  private static final String ATTACKER = "203.0.113.66";

  private static final String USER_AT = "198.51.100.20";

  @Inject TestClock clock;
  @Inject LoginThrottle throttle;

  private final List<String[]> touched = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    clock.reset();
    for (String[] t : touched) {
      throttle.clear(t[0], t[1]);
    }
  }

  /** A log-in from {@code address}, as a trusted proxy reports it. */
  private ValidatableResponse login(String user, String password, String address) {
    touched.add(new String[] {user.strip().toLowerCase(java.util.Locale.ROOT), address});
    return given()
        .contentType(ContentType.JSON)
        .header("X-Forwarded-For", address)
        .body(Map.of("username", user, "password", password))
        .post("/api/auth/login")
        .then();
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordWaitsOutTheLockAtThatAddress() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    clock.set(now);
    for (int i = 0; i < 5; i++) {
      login(USER, "guess-" + i, ATTACKER).statusCode(401);
    }
    // The sixth failure locks the pair for 30 s.
    login(USER, "guess-6", ATTACKER)
        .statusCode(401)
        .body("type", equalTo("/problems/wrong-credentials"));
    login(USER, PASSWORD, ATTACKER)
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", "30")
        .body("type", equalTo("/problems/too-many-attempts"));
    clock.set(now.plusSeconds(29));
    login(USER, PASSWORD, ATTACKER).statusCode(429).header("Retry-After", "1");
    clock.set(now.plusSeconds(30));
    login(USER, PASSWORD, ATTACKER).statusCode(200);
    // Success cleared the pair's count: five failures are answered normally again.
    for (int i = 0; i < 5; i++) {
      login(USER, "again-" + i, ATTACKER).statusCode(401);
    }
    login(USER, PASSWORD, ATTACKER).statusCode(200);
  }

  @Test
  void theLockDoublesWithEachFurtherFailureAndUnknownNamesCountAlike() {
    Instant now = Instant.parse("2026-11-23T11:00:00Z");
    clock.set(now);
    for (int i = 0; i < 6; i++) {
      login("nobody-here", "x", ATTACKER).statusCode(401);
    }
    login("nobody-here", "x", ATTACKER).statusCode(429).header("Retry-After", "30");
    clock.set(now.plusSeconds(30));
    login("nobody-here", "x", ATTACKER).statusCode(401); // the seventh failure: 60 s
    login("NOBODY-HERE ", "x", ATTACKER).statusCode(429).header("Retry-After", "60");
  }

  @Test
  void anAttackerAtOneAddressCannotLockTheUserOutAtAnother() {
    clock.set(Instant.parse("2026-11-23T12:00:00Z"));
    for (int i = 0; i < 15; i++) {
      login(USER, "guess-" + i, ATTACKER);
    }
    login(USER, PASSWORD, ATTACKER).statusCode(429);
    // Before, the name itself was locked and this answered 429 for up to 15 minutes.
    login(USER, PASSWORD, USER_AT).statusCode(200);
    login("customer", "customer-demo", ATTACKER).statusCode(200);
  }

  @Test
  void sprayingOnePasswordOverManyNamesFromOneAddressIsStopped() {
    clock.set(Instant.parse("2026-11-23T13:00:00Z"));
    String sprayer = "203.0.113.77";
    // Someone at this address logged in to their own account before the spray started.
    login("customer", "customer-demo", sprayer).statusCode(200);
    for (int i = 0; i < 20; i++) {
      login("staff-" + i, "Spring2026!", sprayer).statusCode(401);
    }
    login("staff-20", "Spring2026!", sprayer).statusCode(401); // the 21st failure locks it
    login("staff-21", "Spring2026!", sprayer)
        .statusCode(429)
        .header("Retry-After", "30")
        .body("type", equalTo("/problems/too-many-attempts"));
    // Even a right password for a name this address never logged in to waits.
    login(USER, PASSWORD, sprayer).statusCode(429);
    // The colleague behind the same address, logged in from there before, is not locked out;
    // nor is anyone elsewhere.
    login("customer", "customer-demo", sprayer).statusCode(200);
    login("staff-22", "Spring2026!", "198.51.100.99").statusCode(401);
  }

  @Test
  void aSprayFromManyAddressesServesOnlyKnownAddressesUntilTheMinuteEnds() {
    Instant minute = Instant.parse("2026-11-23T14:00:00Z");
    clock.set(minute);
    login(USER, PASSWORD, USER_AT).statusCode(200); // a known address from now on
    clock.set(minute.plusSeconds(10));
    for (int i = 0; i < 30; i++) {
      login("victim-" + i, "Winter2026!", "203.0.113." + (100 + i)).statusCode(401);
    }
    login("victim-30", "Winter2026!", "203.0.113.200").statusCode(429).header("Retry-After", "50");
    login("customer", "customer-demo", "203.0.113.201").statusCode(429);
    login(USER, PASSWORD, USER_AT).statusCode(200);
    clock.set(minute.plusSeconds(60));
    login("customer", "customer-demo", "203.0.113.201").statusCode(200);
  }

  @Test
  void forwardedForFromAPeerThatIsNoTrustedProxyIsIgnored() throws UnknownHostException {
    clock.set(Instant.parse("2026-11-23T15:00:00Z"));
    // 127.0.0.2 is not in quarkus.http.proxy.trusted-proxies (127.0.0.1/32, ::1/128 in tests): a
    // new X-Forwarded-For per attempt must not make each attempt a new client.
    RestAssuredConfig fromSecondLoopback =
        RestAssured.config()
            .httpClient(
                HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", InetAddress.getByName("127.0.0.2")));
    touched.add(new String[] {USER, "127.0.0.2"});
    for (int i = 0; i < 7; i++) {
      int status =
          given()
              .config(fromSecondLoopback)
              .contentType(ContentType.JSON)
              .header("X-Forwarded-For", "192.0.2." + (10 + i))
              .header("Forwarded", "for=192.0.2." + (10 + i))
              .body(Map.of("username", USER, "password", i < 6 ? "guess-" + i : PASSWORD))
              .post("http://127.0.0.1:" + RestAssured.port + "/api/auth/login")
              .then()
              .extract()
              .statusCode();
      if (i < 6) {
        assertThat(status).as("failure " + (i + 1)).isEqualTo(401);
      } else {
        assertThat(status).as("the peer's own address was locked").isEqualTo(429);
      }
    }
    // The address the spoofer claimed is not locked.
    login(USER, PASSWORD, "192.0.2.15").statusCode(200);
  }
}
