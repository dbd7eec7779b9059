package kr.catalog.api.marketing;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.marketing.CurationFixtures.CATEGORY_DRILLS;
import static kr.catalog.api.marketing.CurationFixtures.END;
import static kr.catalog.api.marketing.CurationFixtures.FESTOOL_DRILL;
import static kr.catalog.api.marketing.CurationFixtures.FESTOOL_DRILL_2;
import static kr.catalog.api.marketing.CurationFixtures.HAMMER;
import static kr.catalog.api.marketing.CurationFixtures.MAKER_WIHA;
import static kr.catalog.api.marketing.CurationFixtures.PLIERS;
import static kr.catalog.api.marketing.CurationFixtures.SCREWDRIVER;
import static kr.catalog.api.marketing.CurationFixtures.SPANNER;
import static kr.catalog.api.marketing.CurationFixtures.START;
import static kr.catalog.api.marketing.CurationFixtures.collection;
import static kr.catalog.api.marketing.CurationFixtures.deleteCollection;
import static kr.catalog.api.marketing.CurationFixtures.deleteRules;
import static kr.catalog.api.marketing.CurationFixtures.rule;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.catalog.api.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Collections and merchandising as customers meet them, through {@code /api/search} and the
 * collection page: the facet and filter only while active, pins in curated order with paging,
 * rule-based members, and pin/boost/bury/hide rules, at instants placed on the clock. Runs on
 * Lucene here and on Elasticsearch in {@link CurationSearchOnElasticsearchIT}.
 */
@QuarkusTest
class CurationSearchIT {

  private static final String SLUG = "test-search-hand-tools";
  private static final String RULED = "test-search-wiha";

  /** Festool's Korean name: a search that finds the Festool products, some better than others. */
  private static final String FESTOOL = "페스툴";

  @Inject TestClock clock;

  private final List<Integer> rules = new ArrayList<>();

  @BeforeEach
  void insideTheWindow() {
    clock.set(START.plusSeconds(3600));
  }

  @AfterEach
  void cleanUp() {
    clock.reset();
    deleteCollection(SLUG);
    deleteCollection(RULED);
    deleteRules(rules);
  }

  private static void createCollection(Map<String, Object> body) {
    as(MARKETING).body(body).post("/api/collections").then().statusCode(201);
  }

  private int createRule(Map<String, Object> body) {
    int id =
        as(MARKETING)
            .body(body)
            .post("/api/marketing/rules")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    rules.add(id);
    return id;
  }

  private static JsonPath search(Object... params) {
    var request = given();
    for (int i = 0; i < params.length; i += 2) {
      request = request.queryParam((String) params[i], params[i + 1]);
    }
    return request.get("/api/search").then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void theCollectionFacetAndFilterExistOnlyWhileTheCollectionIsActive() {
    createCollection(collection(SLUG, List.of(PLIERS, SCREWDRIVER, HAMMER)));
    record Edge(Instant now, boolean active) {}
    for (Edge edge :
        List.of(
            new Edge(START.minusMillis(1), false),
            new Edge(START, true),
            new Edge(END.minusMillis(1), true),
            new Edge(END, false))) {
      clock.set(edge.now());
      JsonPath filtered = search("collection", SLUG, "size", 50);
      List<String> facetSlugs = search().getList("facets.collection.value");
      if (edge.active()) {
        assertThat(filtered.getList("hits.code", String.class))
            .as("members at %s", edge.now())
            .containsExactlyInAnyOrder(PLIERS, SCREWDRIVER, HAMMER);
        assertThat(filtered.getInt("total")).isEqualTo(3);
        Map<String, Object> facet =
            search().getMap("facets.collection.find { it.value == '" + SLUG + "' }");
        assertThat(facet).containsEntry("label", "봄맞이 수공구전").containsEntry("count", 3);
        // The maker facet's search counts within the collection too.
        assertThat(
                given()
                    .queryParam("q", "비하")
                    .queryParam("collection", SLUG)
                    .get("/api/makers")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("find { it.value == 'wiha' }"))
            .containsEntry("count", 3);
      } else {
        assertThat(filtered.getInt("total")).as("matches at %s", edge.now()).isZero();
        assertThat(facetSlugs == null ? List.of() : facetSlugs).doesNotContain(SLUG);
      }
    }
  }

  @Test
  void aRuleBasedCollectionHoldsWhatItsSavedSearchFinds() {
    createCollection(
        with(collection(RULED, List.of()), "rule", Map.of("maker", List.of(MAKER_WIHA))));
    JsonPath byMaker = search("maker", MAKER_WIHA, "size", 100, "sort", "price-asc");
    JsonPath byCollection = search("collection", RULED, "size", 100, "sort", "price-asc");
    assertThat(byCollection.getInt("total")).isEqualTo(byMaker.getInt("total")).isPositive();
    assertThat(byCollection.getList("hits.code")).isEqualTo(byMaker.getList("hits.code"));
  }

  @Test
  void theCollectionPageShowsHandPickedProductsFirstInOrderThenTheRestPaged() {
    createCollection(
        with(
            collection(SLUG, List.of(HAMMER, PLIERS, SPANNER)),
            "rule",
            Map.of("maker", List.of(MAKER_WIHA))));
    int wiha = search("maker", MAKER_WIHA).getInt("total");
    JsonPath first =
        given()
            .queryParam("size", 2)
            .get("/api/collections/{slug}", SLUG)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getString("collection.titleKo")).isEqualTo("봄맞이 수공구전");
    assertThat(first.getList("products.hits.code")).containsExactly(HAMMER, PLIERS);
    assertThat(first.getInt("products.total")).isEqualTo(wiha);
    // Facets within the collection: only Wiha.
    assertThat(first.getList("products.facets.maker.value")).containsExactly(MAKER_WIHA);
    JsonPath second =
        given()
            .queryParam("size", 2)
            .queryParam("page", 2)
            .get("/api/collections/{slug}", SLUG)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> secondCodes = second.getList("products.hits.code");
    assertThat(secondCodes).hasSize(2).startsWith(SPANNER).doesNotContain(HAMMER, PLIERS);
  }

  @Test
  void aPinPlacesItsProductAtItsPositionForTheQueryTypedAnyWay() {
    List<String> plain = search("q", FESTOOL, "size", 10).getList("hits.code");
    String last = plain.get(plain.size() - 1);
    List<String> otherBefore = search("q", FESTOOL + " 드릴").getList("hits.code");
    int id = createRule(with(rule(FESTOOL, "PIN", last), "position", 1));
    assertThat(search("q", FESTOOL).getString("hits[0].code")).isEqualTo(last);
    // The same query with other spacing: the rule applies.
    assertThat(search("q", "  " + FESTOOL + " ").getString("hits[0].code")).isEqualTo(last);
    // Another query: it does not.
    assertThat(search("q", FESTOOL + " 드릴").getList("hits.code")).isEqualTo(otherBefore);
    // Outside the rule's window: it does not either.
    clock.set(END);
    assertThat(search("q", FESTOOL).getString("hits[0].code")).isEqualTo(plain.get(0));
    assertThat(id).isPositive();
  }

  @Test
  void ruleQueriesIgnoreCaseAndFullWidthForms() {
    int id = createRule(with(rule("Festool Drill", "PIN", FESTOOL_DRILL_2), "position", 1));
    assertThat(search("q", "ＦＥＳＴＯＯＬ　drill").getString("hits[0].code")).isEqualTo(FESTOOL_DRILL_2);
    assertThat(id).isPositive();
  }

  @Test
  void aHiddenProductIsNeitherReturnedNorCounted() {
    JsonPath plain = search("q", FESTOOL, "size", 100);
    assertThat(plain.getList("hits.code")).contains(FESTOOL_DRILL);
    createRule(rule(FESTOOL, "HIDE", FESTOOL_DRILL));
    JsonPath hidden = search("q", FESTOOL, "size", 100);
    assertThat(hidden.getList("hits.code")).doesNotContain(FESTOOL_DRILL);
    assertThat(hidden.getInt("total")).isEqualTo(plain.getInt("total") - 1);
  }

  @Test
  void aBoostLiftsAndABuryLowersByTheirFactors() {
    JsonPath plain = search("q", FESTOOL, "size", 100);
    List<String> codes = plain.getList("hits.code");
    String top = codes.get(0);
    String bottom = codes.get(codes.size() - 1);
    createRule(with(rule(FESTOOL, "BOOST", bottom), "factor", 100));
    createRule(with(rule(FESTOOL, "BURY", top), "factor", 0.01));
    List<String> curated = search("q", FESTOOL, "size", 100).getList("hits.code");
    assertThat(curated.get(0)).isEqualTo(bottom);
    assertThat(curated.indexOf(top)).isGreaterThan(0);
    assertThat(curated).containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void aCategoryRuleAppliesWhenBrowsingThatCategoryNotToTextSearches() {
    List<String> plain = search("category", CATEGORY_DRILLS, "size", 100).getList("hits.code");
    String last = plain.get(plain.size() - 1);
    List<String> browseBefore = search("size", 20).getList("hits.code");
    List<String> textBefore =
        search("q", FESTOOL, "category", CATEGORY_DRILLS, "size", 100).getList("hits.code");
    createRule(with(rule(null, "PIN", last), "category", CATEGORY_DRILLS, "position", 1));
    assertThat(search("category", CATEGORY_DRILLS).getString("hits[0].code")).isEqualTo(last);
    // Unfiltered browsing, and text inside the category, are not touched.
    assertThat(search("size", 20).getList("hits.code")).isEqualTo(browseBefore);
    assertThat(search("q", FESTOOL, "category", CATEGORY_DRILLS, "size", 100).getList("hits.code"))
        .isEqualTo(textBefore);
  }

  @Test
  @SuppressWarnings("unchecked")
  void marketingSeesWhyEachProductIsWhereItIs() {
    createCollection(collection(SLUG, List.of(FESTOOL_DRILL_2)));
    List<String> plain = search("q", FESTOOL, "size", 100).getList("hits.code");
    String pinned = plain.get(plain.size() - 1);
    int pin = createRule(with(rule(FESTOOL, "PIN", pinned), "position", 1));
    int hide = createRule(rule(FESTOOL, "HIDE", FESTOOL_DRILL));
    JsonPath explained =
        as(MARKETING)
            .queryParam("q", FESTOOL)
            .queryParam("size", 100)
            .get("/api/marketing/explain")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(explained.getString("hits[0].code")).isEqualTo(pinned);
    assertThat(explained.getInt("hits[0].rank")).isEqualTo(1);
    assertThat(explained.getInt("hits[0].pinnedBy.id")).isEqualTo(pin);
    assertThat(explained.getInt("hits[0].rankWithoutRules")).isEqualTo(plain.size());
    assertThat(explained.getList("hits[0].why", String.class))
        .contains("pinned at 1 by rule #" + pin);
    assertThat(explained.getList("hidden.code")).containsExactly(FESTOOL_DRILL);
    assertThat(explained.getInt("hidden[0].rule.id")).isEqualTo(hide);
    assertThat(explained.getLong("total")).isEqualTo(explained.getLong("totalWithoutRules") - 1);
    Map<String, Object> member =
        explained.getMap("hits.find { it.code == '" + FESTOOL_DRILL_2 + "' }");
    assertThat(member).isNotNull();
    assertThat((List<Object>) member.get("collections")).containsExactly(SLUG);
    assertThat((List<Object>) member.get("why")).contains("in collections " + SLUG);
  }

  @Test
  void anUnknownOrInactiveCollectionFilterFindsNothingAndAMalformedOneIs400() {
    assertThat(search("collection", "no-such-collection").getInt("total")).isZero();
    given()
        .queryParam("collection", "Not A Slug")
        .get("/api/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", org.hamcrest.Matchers.equalTo("collection"));
  }
}
