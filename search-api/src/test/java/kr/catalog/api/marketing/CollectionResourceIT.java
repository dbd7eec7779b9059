package kr.catalog.api.marketing;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.marketing.CurationFixtures.DISCONTINUED;
import static kr.catalog.api.marketing.CurationFixtures.END;
import static kr.catalog.api.marketing.CurationFixtures.HAMMER;
import static kr.catalog.api.marketing.CurationFixtures.PLIERS;
import static kr.catalog.api.marketing.CurationFixtures.SCREWDRIVER;
import static kr.catalog.api.marketing.CurationFixtures.START;
import static kr.catalog.api.marketing.CurationFixtures.collection;
import static kr.catalog.api.marketing.CurationFixtures.deleteCollection;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.catalog.api.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Collections through the API: who may change them, what is refused and why, the audit trail, and
 * the public list and page at the edges of the window (the clock is placed, never slept on).
 */
@QuarkusTest
class CollectionResourceIT {

  private static final String SLUG = "test-spring-hand-tools";
  private static final String OTHER = "test-renamed";

  @Inject TestClock clock;

  @AfterEach
  void cleanUp() {
    clock.reset();
    deleteCollection(SLUG);
    deleteCollection(OTHER);
  }

  private static JsonPath create(Map<String, Object> body) {
    return as(MARKETING)
        .body(body)
        .post("/api/collections")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/collections/" + body.get("slug")))
        .extract()
        .jsonPath();
  }

  @Test
  void marketingCreatesAHandPickedCollectionWithCodesTypedAnyWay() {
    JsonPath c = create(collection(SLUG, List.of("wih 13 sv", SCREWDRIVER, "WIH20BI")));
    assertThat(c.getList("products")).containsExactly(PLIERS, SCREWDRIVER, HAMMER);
    assertThat(c.getString("type")).isEqualTo("SEASONAL");
    assertThat(c.getString("titleKo")).isEqualTo("봄맞이 수공구전");
    assertThat(c.getString("startsAt")).isEqualTo(START.toString());
    assertThat(c.getString("status")).isEqualTo("SCHEDULED");
  }

  @Test
  void theSameSlugCreatedConcurrentlyIsOneCollectionAndConflictsForTheRest() throws Exception {
    int writers = 8;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(writers);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < writers; i++) {
      statuses.add(
          pool.submit(
              () -> {
                go.await();
                return as(MARKETING)
                    .body(collection(SLUG, List.of(PLIERS)))
                    .post("/api/collections")
                    .then()
                    .extract()
                    .statusCode();
              }));
    }
    go.countDown();
    List<Integer> seen = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<Integer> status : statuses) {
      seen.add(status.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(seen).containsOnly(201, 409);
    assertThat(seen.stream().filter(s -> s == 201)).hasSize(1);
    as(MARKETING).get("/api/marketing/collections/{slug}", SLUG).then().statusCode(200);
  }

  @Test
  void aNulByteInASlugIsAnUnknownCollectionNotAServerError() {
    // Found by the 10,000-request hostile run: PostgreSQL refuses NUL in text (SQLSTATE 22021).
    as(MARKETING)
        .get("/api/marketing/collections/{slug}", "\u0000\u0001")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .get("/api/collections/{slug}", "a\u0000b")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/collection-not-found"));
  }

  @Test
  void aNulByteInStoredTextIsA400ProblemAndNothingIsStored() {
    Map<String, Object> body = new java.util.HashMap<>(collection(SLUG, List.of(PLIERS)));
    body.put("titleKo", "봄맞이\u0000수공구전");
    as(MARKETING)
        .body(body)
        .post("/api/collections")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("NUL"));
    as(MARKETING)
        .get("/api/marketing/collections/{slug}", SLUG)
        .then()
        .statusCode(404)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/collection-not-found"));
  }

  @Test
  void adminMayCreateToo() {
    as(ADMIN)
        .body(collection(SLUG, List.of(PLIERS)))
        .post("/api/collections")
        .then()
        .statusCode(201);
  }

  @Test
  void theWindowIsHalfOpenActiveFromStartUntilJustBeforeEnd() {
    create(collection(SLUG, List.of(PLIERS, HAMMER)));
    record Edge(java.time.Instant now, boolean active) {}
    for (Edge edge :
        List.of(
            new Edge(START.minusMillis(1), false),
            new Edge(START, true),
            new Edge(END.minusMillis(1), true),
            new Edge(END, false))) {
      clock.set(edge.now());
      List<String> listed =
          given().get("/api/collections").then().statusCode(200).extract().path("slug");
      assertThat(listed.contains(SLUG)).as("listed at %s", edge.now()).isEqualTo(edge.active());
      given()
          .get("/api/collections/{slug}", SLUG)
          .then()
          .statusCode(edge.active() ? 200 : 404)
          .contentType(edge.active() ? "application/json" : "application/problem+json");
    }
  }

  @Test
  void marketingPreviewsScheduledAndEndedCollectionsThatOthersCannotSee() {
    create(collection(SLUG, List.of(PLIERS)));
    clock.set(START.minus(Duration.ofDays(3)));
    as(CUSTOMER)
        .get("/api/collections/{slug}", SLUG)
        .then()
        .statusCode(404)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/collection-not-found"));
    as(MARKETING)
        .get("/api/collections/{slug}", SLUG)
        .then()
        .statusCode(200)
        .body("collection.status", equalTo("SCHEDULED"));
    clock.set(END.plusSeconds(1));
    as(MARKETING)
        .get("/api/marketing/collections")
        .then()
        .statusCode(200)
        .body("find { it.slug == '" + SLUG + "' }.status", equalTo("ENDED"));
  }

  @Test
  void everyChangeIsAuditedWithWhoWhenBeforeAndAfter() {
    long id = create(collection(SLUG, List.of(PLIERS))).getLong("id");
    Map<String, Object> changed = collection(OTHER, List.of(PLIERS, HAMMER));
    changed.put("discountPercent", 15);
    as(MARKETING).body(changed).put("/api/collections/{slug}", SLUG).then().statusCode(200);
    as(ADMIN).delete("/api/collections/{slug}", OTHER).then().statusCode(204);

    JsonPath audit =
        as(MARKETING)
            .queryParam("entityType", "COLLECTION")
            .queryParam("entityId", id)
            .get("/api/marketing/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Newest first.
    assertThat(audit.getList("action")).containsExactly("DELETE", "UPDATE", "CREATE");
    assertThat(audit.getList("actor")).containsExactly("admin", "marketing", "marketing");
    assertThat(audit.getString("[2].before")).isNull();
    assertThat(audit.getString("[2].after.slug")).isEqualTo(SLUG);
    assertThat(audit.getString("[1].before.slug")).isEqualTo(SLUG);
    assertThat(audit.getString("[1].after.slug")).isEqualTo(OTHER);
    assertThat(audit.getList("[1].after.products")).containsExactly(PLIERS, HAMMER);
    assertThat(audit.getInt("[1].after.discountPercent")).isEqualTo(15);
    assertThat(audit.getString("[0].before.slug")).isEqualTo(OTHER);
    assertThat(audit.getString("[0].after")).isNull();
    given().get("/api/collections/{slug}", OTHER).then().statusCode(404);
  }

  @Test
  void anUpdateFromAnOutdatedVersionIsRefusedWith409() {
    int version = create(collection(SLUG, List.of(PLIERS))).getInt("version");
    Map<String, Object> first = collection(SLUG, List.of(HAMMER));
    first.put("version", version);
    as(MARKETING).body(first).put("/api/collections/{slug}", SLUG).then().statusCode(200);
    Map<String, Object> stale = collection(SLUG, List.of(SCREWDRIVER));
    stale.put("version", version);
    as(MARKETING)
        .body(stale)
        .put("/api/collections/{slug}", SLUG)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/stale-version"));
  }

  @Test
  void aSecondCollectionWithTheSameSlugIs409() {
    create(collection(SLUG, List.of(PLIERS)));
    as(MARKETING)
        .body(collection(SLUG, List.of(HAMMER)))
        .post("/api/collections")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/slug-taken"))
        .body("detail", containsString(SLUG));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Spring", "spring--tools", "-spring", "봄", "spring_tools", "spring tools"})
  void aSlugOutsideItsSyntaxIsRefusedNamingTheSlug(String slug) {
    as(MARKETING)
        .body(collection(slug, List.of(PLIERS)))
        .post("/api/collections")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("slug"));
  }

  @Test
  void anEndNotAfterTheStartIsRefusedNamingEndsAt() {
    Map<String, Object> body = collection(SLUG, List.of(PLIERS));
    body.put("endsAt", START.toString());
    refused(body, 400, "endsAt");
  }

  @Test
  void unknownAndDiscontinuedProductsAre422NamingEach() {
    JsonPath problem =
        refused(collection(SLUG, List.of(PLIERS, "NO-SUCH-CODE", DISCONTINUED)), 422, "products[1]")
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors.name")).containsExactly("products[1]", "products[2]");
    assertThat(problem.getString("errors[0].reason")).contains("NO-SUCH-CODE");
    assertThat(problem.getString("errors[1].reason")).contains("discontinued");
  }

  @Test
  void theSameProductTwiceIsRefusedEvenTypedDifferently() {
    refused(collection(SLUG, List.of(PLIERS, HAMMER, "wih-13-sv")), 400, "products[2]")
        .body("errors[0].reason", containsString("products[0]"));
  }

  @Test
  void neitherProductsNorARuleIsRefused() {
    refused(collection(SLUG, List.of()), 400, "products");
  }

  @Test
  void aDiscountAbove90PercentIsRefused() {
    Map<String, Object> body = collection(SLUG, List.of(PLIERS));
    body.put("discountPercent", 95);
    refused(body, 400, "discountPercent");
  }

  @Test
  void aRuleIsCheckedLikeSearchParameters() {
    Map<String, Object> badFlag = collection(SLUG, List.of());
    badFlag.put("rule", Map.of("flag", List.of("cheap")));
    refused(badFlag, 400, "rule.flag");

    Map<String, Object> inverted = collection(SLUG, List.of());
    inverted.put("rule", Map.of("q", "드라이버", "priceMin", 5000, "priceMax", 100));
    refused(inverted, 400, "rule.priceMin");

    Map<String, Object> everything = collection(SLUG, List.of());
    everything.put("rule", Map.of("q", "  "));
    refused(everything, 400, "rule");

    Map<String, Object> unknownMaker = collection(SLUG, List.of());
    unknownMaker.put("rule", Map.of("maker", List.of("no-such-maker")));
    refused(unknownMaker, 422, "rule.maker");
  }

  @Test
  void aRuleBasedCollectionKeepsItsSavedSearch() {
    Map<String, Object> body = collection(SLUG, List.of(PLIERS));
    body.put("rule", Map.of("maker", List.of("wiha"), "flag", List.of("in-stock")));
    JsonPath c = create(body);
    assertThat(c.getList("rule.maker")).containsExactly("wiha");
    assertThat(c.getList("rule.flag")).containsExactly("in-stock");
  }

  private static io.restassured.response.ValidatableResponse refused(
      Map<String, Object> body, int status, String field) {
    return as(MARKETING)
        .body(body)
        .post("/api/collections")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("errors.name", hasItem(field))
        .body(not(containsString("Exception")));
  }

  @ParameterizedTest
  @ValueSource(strings = {CUSTOMER, COUNSELLOR, WAREHOUSE})
  void otherRolesMayNotChangeCollectionsNorSeeTheWorkbench(String user) {
    create(collection(SLUG, List.of(PLIERS)));
    as(user)
        .body(collection(OTHER, List.of(PLIERS)))
        .post("/api/collections")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(user)
        .body(collection(SLUG, List.of(HAMMER)))
        .put("/api/collections/{slug}", SLUG)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(user).delete("/api/collections/{slug}", SLUG).then().statusCode(403);
    for (String path :
        List.of(
            "/api/marketing/collections",
            "/api/marketing/collections/" + SLUG,
            "/api/marketing/rules",
            "/api/marketing/audit",
            "/api/marketing/explain?q=드릴")) {
      as(user).get(path).then().statusCode(403).contentType("application/problem+json");
    }
    as(user)
        .body(CurationFixtures.rule("드릴", "HIDE", PLIERS))
        .post("/api/marketing/rules")
        .then()
        .statusCode(403);
    // Nothing changed.
    as(MARKETING)
        .get("/api/marketing/collections/{slug}", SLUG)
        .then()
        .statusCode(200)
        .body("products", equalTo(List.of(PLIERS)));
  }

  @Test
  void anonymousCallsToChangesAndTheWorkbenchAre401() {
    given()
        .contentType(ContentType.JSON)
        .body(collection(SLUG, List.of(PLIERS)))
        .post("/api/collections")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .put("/api/collections/x")
        .then()
        .statusCode(401);
    given().delete("/api/collections/x").then().statusCode(401);
    given().get("/api/marketing/collections").then().statusCode(401);
    given().get("/api/marketing/rules").then().statusCode(401);
    given().get("/api/marketing/audit").then().statusCode(401);
    given().get("/api/marketing/explain").then().statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/marketing/rules")
        .then()
        .statusCode(401);
  }

  @Test
  void theAuditTrailRefusesAnUnknownEntityTypeNamingIt() {
    as(MARKETING)
        .queryParam("entityType", "ORDER")
        .get("/api/marketing/audit")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("entityType"));
    as(MARKETING)
        .queryParam("size", "lots")
        .get("/api/marketing/audit")
        .then()
        .statusCode(400)
        .body("errors.name", hasItem("size"));
  }

  @Test
  void theDemoSeedShowsThreeActiveCollectionsAndSchedulesAFourth() {
    // Seeded on the empty test database at the first start, dated around that moment.
    List<String> active =
        given().get("/api/collections").then().statusCode(200).extract().path("slug");
    assertThat(active).contains("new-arrivals", "pb-selection", "grinder-week");
    assertThat(active).doesNotContain("spring-consumables");
    as(MARKETING)
        .get("/api/marketing/collections/spring-consumables")
        .then()
        .statusCode(200)
        .body("status", equalTo("SCHEDULED"));
    // The demo pin for "그라인더" puts the grinder-week lead product first.
    given()
        .queryParam("q", "그라인더")
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("hits[0].code", equalTo("MA/727-8"));
  }
}
