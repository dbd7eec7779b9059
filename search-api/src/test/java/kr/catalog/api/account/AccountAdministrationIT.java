package kr.catalog.api.account;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins register customer companies and create log-ins; nobody else may. */
@QuarkusTest
class AccountAdministrationIT {

  @Test
  void anAdminRegistersACompanyAndItsUserWhoThenLogsInAsThatCompany() {
    long company =
        ((Number)
                as(ADMIN)
                    .body(Map.of("name", "대한기계", "grade", "PLATINUM", "phone", "051-111-2222"))
                    .post("/api/customers")
                    .then()
                    .statusCode(201)
                    .body("grade", equalTo("PLATINUM"))
                    .extract()
                    .path("id"))
            .longValue();
    String username = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
    as(ADMIN)
        .body(
            Map.of(
                "username", username,
                "password", "a long enough secret",
                "displayName", "구매 담당",
                "role", "CUSTOMER",
                "companyId", company))
        .post("/api/customers/users")
        .then()
        .statusCode(201)
        .body("companyId", equalTo((int) company));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", "a long enough secret"))
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .body("role", equalTo("CUSTOMER"))
        .body("companyId", equalTo((int) company));
    as(COUNSELLOR).get("/api/customers").then().body("name", hasItem("대한기계"));
  }

  @Test
  void aCustomerUserWithoutCompanyAndAShortPasswordAreRefused() {
    as(ADMIN)
        .body(
            Map.of(
                "username", "nocompany",
                "password", "a long enough secret",
                "displayName", "x",
                "role", "CUSTOMER"))
        .post("/api/customers/users")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("companyId"));
    as(ADMIN)
        .body(
            Map.of("username", "shorty", "password", "short", "displayName", "x", "role", "ADMIN"))
        .post("/api/customers/users")
        .then()
        .statusCode(400)
        .body("errors.name", hasItem("password"));
  }

  @Test
  void aTakenUserNameIs409() {
    as(ADMIN)
        .body(
            Map.of(
                "username", "warehouse",
                "password", "a long enough secret",
                "displayName", "x",
                "role", "WAREHOUSE"))
        .post("/api/customers/users")
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/username-taken"));
  }

  @Test
  void onlyAdminsManageAccounts() {
    as(COUNSELLOR)
        .body(Map.of("name", "x", "grade", "GOLD"))
        .post("/api/customers")
        .then()
        .statusCode(403);
    as(COUNSELLOR)
        .body(
            Map.of(
                "username", "sneaky",
                "password", "a long enough secret",
                "displayName", "x",
                "role", "ADMIN"))
        .post("/api/customers/users")
        .then()
        .statusCode(403);
  }
}
