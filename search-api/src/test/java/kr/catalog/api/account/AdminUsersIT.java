package kr.catalog.api.account;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Administrators deactivate and reactivate accounts, reset passwords and end sessions; each takes
 * effect on the next request and is audited. Nobody else may, an unknown account is 404, and an
 * administrator cannot lock themselves out.
 */
@QuarkusTest
class AdminUsersIT {

  private static final String PASSWORD = "warehouse shift 2";

  /** A fresh warehouse account (its id and name), so tests never disturb the demo accounts. */
  private record Account(long id, String username) {}

  private static Account newAccount() {
    String username = "wh-" + UUID.randomUUID().toString().substring(0, 8);
    long id =
        ((Number)
                as(ADMIN)
                    .body(
                        Map.of(
                            "username",
                            username,
                            "password",
                            PASSWORD,
                            "displayName",
                            "한창고",
                            "role",
                            "WAREHOUSE"))
                    .post("/api/customers/users")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    return new Account(id, username);
  }

  private static ValidatableResponse login(String username, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/api/auth/login")
        .then();
  }

  private static String token(String username, String password) {
    return login(username, password).statusCode(200).extract().path("token");
  }

  private static ValidatableResponse me(String token) {
    return given().header("Authorization", "Bearer " + token).get("/api/auth/me").then();
  }

  private static List<Map<String, Object>> auditOf(long userId) {
    return as(ADMIN)
        .queryParam("userId", userId)
        .get("/api/admin/audit")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  @Test
  void aDeactivatedAccountLosesItsSessionsAtOnceAndCannotLogInUntilReactivated() {
    Account a = newAccount();
    String session = token(a.username(), PASSWORD);
    me(session).statusCode(200);

    as(ADMIN)
        .post("/api/admin/users/" + a.id() + "/deactivate")
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("openSessions", equalTo(0));
    me(session).statusCode(401);
    login(a.username(), PASSWORD)
        .statusCode(401)
        .body("type", equalTo("/problems/wrong-credentials"));

    as(ADMIN)
        .post("/api/admin/users/" + a.id() + "/reactivate")
        .then()
        .statusCode(200)
        .body("active", equalTo(true));
    me(token(a.username(), PASSWORD)).statusCode(200);

    List<Map<String, Object>> audit = auditOf(a.id());
    assertThat(audit).extracting(e -> e.get("action")).containsExactly("REACTIVATE", "DEACTIVATE");
    assertThat(audit).extracting(e -> e.get("actor")).containsOnly("admin");
    assertThat(audit).extracting(e -> e.get("username")).containsOnly(a.username());
    assertThat(audit.get(1).get("detail")).isEqualTo("1 session(s) ended");
    assertThat(audit.get(0).get("at")).isNotNull();
  }

  @Test
  void aResetPasswordIsAnsweredOnceReplacesTheOldOneAndEndsSessions() {
    Account a = newAccount();
    String session = token(a.username(), PASSWORD);
    JsonPath reset =
        as(ADMIN)
            .body(Map.of())
            .post("/api/admin/users/" + a.id() + "/password")
            .then()
            .statusCode(200)
            .body("endedSessions", equalTo(1))
            .extract()
            .jsonPath();
    String temporary = reset.getString("temporaryPassword");
    assertThat(temporary).hasSize(16).doesNotContain(PASSWORD);
    me(session).statusCode(401);
    login(a.username(), PASSWORD).statusCode(401);
    me(token(a.username(), temporary)).statusCode(200);

    as(ADMIN)
        .body(Map.of("password", "chosen by the admin"))
        .post("/api/admin/users/" + a.id() + "/password")
        .then()
        .statusCode(200)
        .body("temporaryPassword", nullValue());
    me(token(a.username(), "chosen by the admin")).statusCode(200);
    // bcrypt reads 72 bytes: 30 Hangul syllables are 90 bytes in UTF-8.
    as(ADMIN)
        .body(Map.of("password", "가".repeat(30)))
        .post("/api/admin/users/" + a.id() + "/password")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("password"));
    assertThat(auditOf(a.id()))
        .extracting(e -> e.get("detail"))
        .containsExactly(
            "password set by the administrator; 1 session(s) ended",
            "temporary password generated; 1 session(s) ended");
  }

  @Test
  void endingSessionsLogsEveryDeviceOut() {
    Account a = newAccount();
    String phone = token(a.username(), PASSWORD);
    String desk = token(a.username(), PASSWORD);
    as(ADMIN).get("/api/admin/users/" + a.id()).then().body("openSessions", equalTo(2));
    as(ADMIN)
        .delete("/api/admin/users/" + a.id() + "/sessions")
        .then()
        .statusCode(200)
        .body("endedSessions", equalTo(2));
    me(phone).statusCode(401);
    me(desk).statusCode(401);
    me(token(a.username(), PASSWORD)).statusCode(200);
    assertThat(auditOf(a.id())).extracting(e -> e.get("action")).containsExactly("END_SESSIONS");
  }

  @Test
  void accountsAreFoundByUserOrDisplayNameAndRole() {
    Account a = newAccount();
    as(ADMIN)
        .queryParam("q", a.username().toUpperCase(java.util.Locale.ROOT))
        .get("/api/admin/users")
        .then()
        .statusCode(200)
        .body("username", equalTo(List.of(a.username())))
        .body("[0].displayName", equalTo("한창고"))
        .body("[0].role", equalTo("WAREHOUSE"));
    as(ADMIN)
        .queryParam("q", "데모상사")
        .queryParam("role", "CUSTOMER")
        .get("/api/admin/users")
        .then()
        .statusCode(200)
        .body("username", hasItem("customer"))
        .body("[0].companyName", equalTo("데모상사"));
    // Wildcards are matched literally.
    as(ADMIN).queryParam("q", "%").get("/api/admin/users").then().body("size()", equalTo(0));
  }

  @Test
  void nobodyButAdministratorsMayAndUnknownAccountsAre404() {
    Account a = newAccount();
    as(COUNSELLOR).get("/api/admin/users").then().statusCode(403);
    as(CUSTOMER).post("/api/admin/users/" + a.id() + "/deactivate").then().statusCode(403);
    as(COUNSELLOR).delete("/api/admin/users/" + a.id() + "/sessions").then().statusCode(403);
    as(COUNSELLOR)
        .body(Map.of())
        .post("/api/admin/users/" + a.id() + "/password")
        .then()
        .statusCode(403);
    given().get("/api/admin/audit").then().statusCode(401);
    me(token(a.username(), PASSWORD)).statusCode(200); // still active

    as(ADMIN)
        .post("/api/admin/users/987654321/deactivate")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/user-not-found"));
    as(ADMIN).get("/api/admin/users/987654321").then().statusCode(404);
    as(ADMIN).delete("/api/admin/users/987654321/sessions").then().statusCode(404);
  }

  @Test
  void anAdministratorCannotDeactivateTheirOwnAccount() {
    long self =
        ((Number) as(ADMIN).get("/api/auth/me").then().extract().path("userId")).longValue();
    as(ADMIN)
        .post("/api/admin/users/" + self + "/deactivate")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/own-account"));
    as(ADMIN).get("/api/auth/me").then().statusCode(200);
  }
}
