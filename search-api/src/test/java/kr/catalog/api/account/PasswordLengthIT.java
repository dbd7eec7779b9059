package kr.catalog.api.account;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * bcrypt reads only the first 72 bytes of a password (issue #21, point 9): a longer one is refused
 * where it is set, and at log-in a longer one never matches a password that shares its first 72
 * bytes. Korean takes 3 bytes a syllable in UTF-8, so 24 syllables are the most.
 */
@QuarkusTest
class PasswordLengthIT {

  /** 24 syllables, 72 bytes: the longest password bcrypt reads whole. */
  private static final String KOREAN_72 = "가나다라마바사아자차카타파하거너더러머버서어저처";

  @Test
  void theLongestPasswordBcryptReadsWholeIsAcceptedAndLogsIn() {
    org.assertj.core.api.Assertions.assertThat(KOREAN_72.getBytes(StandardCharsets.UTF_8))
        .hasSize(72);
    String user = create(KOREAN_72).statusCode(201).extract().path("username");
    login(user, KOREAN_72).statusCode(200);
  }

  @Test
  void aPasswordLongerThan72BytesIsRefusedWhereItIsSetNamingTheField() {
    // 25 syllables are 75 bytes (but only 25 characters, well under the 200-character limit).
    create(KOREAN_72 + "가")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("password"));
    create("x".repeat(73)).statusCode(400).body("errors.name", hasItem("password"));
  }

  @Test
  void atLogInAPasswordLongerThan72BytesNeverMatchesByItsFirst72() {
    String user = create(KOREAN_72).statusCode(201).extract().path("username");
    // Before the fix bcrypt cut these to their first 72 bytes and let them in.
    login(user, KOREAN_72 + "가")
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/wrong-credentials"));
    login(user, KOREAN_72 + "아무거나 더 붙여도").statusCode(401);
    login(user, KOREAN_72).statusCode(200);
  }

  private static ValidatableResponse create(String password) {
    return as(ADMIN)
        .body(
            Map.of(
                "username",
                "pw-" + UUID.randomUUID().toString().substring(0, 8),
                "password",
                password,
                "displayName",
                "긴 암호",
                "role",
                "WAREHOUSE"))
        .post("/api/customers/users")
        .then();
  }

  private static ValidatableResponse login(String user, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user, "password", password))
        .post("/api/auth/login")
        .then();
  }
}
