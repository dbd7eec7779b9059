package kr.catalog.api.marketing;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The trade's vocabulary through the API (issue #19): seeded from the shipped file, applied to
 * searches, changed by marketing with an audit row, effective for the next search.
 */
@QuarkusTest
class VocabularyResourceIT {

  /** A word no product and no shipped entry has, so only the test's entry can make it find. */
  private static final String INVENTED = "뚝딱이테스트";

  private final List<Integer> created = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    for (int id : created) {
      as(ADMIN).delete("/api/marketing/vocabulary/{id}", id);
    }
    created.clear();
  }

  private static Map<String, Object> entry(String direction, String kind, String... terms) {
    Map<String, Object> body = new HashMap<>();
    body.put("terms", List.of(terms));
    body.put("direction", direction);
    body.put("kind", kind);
    return body;
  }

  private int create(Map<String, Object> body) {
    int id =
        as(MARKETING)
            .body(body)
            .post("/api/marketing/vocabulary")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getInt("id");
    created.add(id);
    return id;
  }

  private static JsonPath search(String q) {
    return given()
        .queryParam("q", q)
        .get("/api/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theShippedVocabularyIsSeededAndAShopFloorWordFindsWhatItMeans() {
    List<Map<String, Object>> giri =
        as(MARKETING)
            .queryParam("q", "기리")
            .get("/api/marketing/vocabulary")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(giri).isNotEmpty();
    assertThat(giri).anySatisfy(e -> assertThat(e.get("kind")).isEqualTo("SHOP_FLOOR"));

    // 기리 (キリ) is a drill bit: every hit of the first page is in the drill-bit leaf.
    JsonPath result = search("기리");
    assertThat(result.getInt("total")).isPositive();
    assertThat(result.getList("hits.category", String.class)).isNotEmpty().containsOnly("04.01");
  }

  @Test
  void aNewEntryAppliesToTheNextSearchAndADeletedOneNoLonger() {
    assertThat(search(INVENTED).getInt("total")).isZero();

    long before = System.nanoTime();
    int id = create(entry("ONE_WAY", "SHOP_FLOOR", INVENTED, "줄자"));
    JsonPath found = search(INVENTED);
    long millis = (System.nanoTime() - before) / 1_000_000;

    assertThat(found.getInt("total")).isPositive();
    assertThat(found.getList("hits.category", String.class)).containsOnly("03.03");
    assertThat(millis).as("created and effective within seconds").isLessThan(5_000);

    as(MARKETING).delete("/api/marketing/vocabulary/{id}", id).then().statusCode(204);
    created.remove(Integer.valueOf(id));
    assertThat(search(INVENTED).getInt("total")).isZero();
  }

  @Test
  void aOneWayEntryDoesNotExpandBackwards() {
    long tapes = search("줄자").getInt("total");
    create(entry("ONE_WAY", "SHOP_FLOOR", INVENTED, "줄자"));

    assertThat(search("줄자").getInt("total")).isEqualTo(tapes);
    as(MARKETING)
        .queryParam("q", "줄자 " + INVENTED)
        .get("/api/marketing/vocabulary/expand")
        .then()
        .statusCode(200)
        .body("runs.typed", hasItem(INVENTED));
  }

  @Test
  void changesAreAuditedWithBeforeAndAfter() {
    int id = create(entry("TWO_WAY", "LOANWORD", INVENTED, "뚝딱이테스뜨"));
    Map<String, Object> changed = entry("ONE_WAY", "SHOP_FLOOR", INVENTED, "줄자");
    changed.put("category", "03.03");
    changed.put("source", "trade usage, compiled by the team");
    as(MARKETING)
        .body(changed)
        .put("/api/marketing/vocabulary/{id}", id)
        .then()
        .statusCode(200)
        .body("direction", org.hamcrest.Matchers.equalTo("ONE_WAY"))
        .body("version", org.hamcrest.Matchers.equalTo(1));

    JsonPath audit =
        as(MARKETING)
            .queryParam("entityType", "VOCABULARY")
            .queryParam("entityId", id)
            .get("/api/marketing/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getList("action")).containsExactly("UPDATE", "CREATE");
    assertThat(audit.getString("[0].actor")).isEqualTo(MARKETING);
    assertThat(audit.getList("[0].before.terms")).containsExactly(INVENTED, "뚝딱이테스뜨");
    assertThat(audit.getList("[0].after.terms")).containsExactly(INVENTED, "줄자");
    assertThat(audit.getString("[0].after.category")).isEqualTo("03.03");
  }

  @Test
  void badEntriesAreRefusedNamingTheField() {
    refused(entry("TWO_WAY", "SYNONYM", "혼자"), 400, "terms");
    refused(entry("TWO_WAY", "SYNONYM", "기리,끼리", "드릴비트"), 400, "terms");
    refused(entry("TWO_WAY", "SYNONYM", "드릴 비트", "드릴비트"), 400, "terms");
    refused(entry("SIDEWAYS", "SYNONYM", "a", "b"), 400, null);
    Map<String, Object> noKind = entry("TWO_WAY", "SYNONYM", "a", "b");
    noKind.remove("kind");
    refused(noKind, 400, "kind");
    Map<String, Object> unknownCategory = entry("TWO_WAY", "SYNONYM", INVENTED, "줄자");
    unknownCategory.put("category", "99.99");
    refused(unknownCategory, 422, "category");
    as(MARKETING)
        .get("/api/marketing/vocabulary/{id}", 987654321)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.endsWith("/problems/vocabulary-entry-not-found"));
    as(MARKETING)
        .queryParam("kind", "SLANG")
        .get("/api/marketing/vocabulary")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("kind"));
  }

  private static void refused(Map<String, Object> body, int status, String field) {
    var then =
        as(MARKETING)
            .body(body)
            .post("/api/marketing/vocabulary")
            .then()
            .statusCode(status)
            .contentType("application/problem+json");
    if (field != null) {
      then.body("errors.name", hasItem(field));
    }
  }

  @Test
  void onlyMarketingAndAdminsManageTheVocabulary() {
    as(CUSTOMER)
        .body(entry("TWO_WAY", "SYNONYM", INVENTED, "줄자"))
        .post("/api/marketing/vocabulary")
        .then()
        .statusCode(403);
    given().get("/api/marketing/vocabulary").then().statusCode(401);
  }
}
