package kr.catalog.api.marketing;

import static kr.catalog.api.marketing.CurationFixtures.CATEGORY_DRILLS;
import static kr.catalog.api.marketing.CurationFixtures.END;
import static kr.catalog.api.marketing.CurationFixtures.FESTOOL_DRILL;
import static kr.catalog.api.marketing.CurationFixtures.FESTOOL_DRILL_2;
import static kr.catalog.api.marketing.CurationFixtures.START;
import static kr.catalog.api.marketing.CurationFixtures.deleteRules;
import static kr.catalog.api.marketing.CurationFixtures.rule;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Merchandising rules through the API: what is stored, what is refused and why, the audit. */
@QuarkusTest
class MerchandisingRuleResourceIT {

  private static final String QUERY = "테스트 규칙 전용 검색어";

  private final List<Integer> created = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    deleteRules(created);
  }

  private JsonPath create(Map<String, Object> body) {
    JsonPath r =
        as(MARKETING)
            .body(body)
            .post("/api/marketing/rules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    created.add(r.getInt("id"));
    return r;
  }

  private static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void aPinIsStoredWithTheProductAsPrintedAndItsWindow() {
    JsonPath r = create(with(rule(QUERY, "PIN", "fe26mc"), "position", 1, "note", "신제품 노출"));
    assertThat(r.getString("product")).isEqualTo(FESTOOL_DRILL);
    assertThat(r.getInt("position")).isEqualTo(1);
    assertThat(r.getString("query")).isEqualTo(QUERY);
    assertThat(r.getString("startsAt")).isEqualTo(START.toString());
    assertThat(r.getString("endsAt")).isEqualTo(END.toString());
    assertThat(r.getString("note")).isEqualTo("신제품 노출");
    as(MARKETING)
        .get("/api/marketing/rules/{id}", r.getInt("id"))
        .then()
        .statusCode(200)
        .body("action", org.hamcrest.Matchers.equalTo("PIN"));
  }

  @Test
  void aCategoryRuleNeedsNoQuery() {
    JsonPath r =
        create(with(rule(null, "BOOST", FESTOOL_DRILL), "category", CATEGORY_DRILLS, "factor", 2));
    assertThat(r.getString("category")).isEqualTo(CATEGORY_DRILLS);
    assertThat(r.getFloat("factor")).isEqualTo(2.0f);
  }

  @ParameterizedTest(name = "{0} position={1} factor={2} -> {3}")
  @CsvSource({
    "PIN, , , position",
    "PIN, 1, 2, factor",
    "PIN, 101, , position",
    "PIN, 0, , position",
    "BOOST, , 1, factor",
    "BOOST, , 0.5, factor",
    "BOOST, , 101, factor",
    "BOOST, , 1.505, factor",
    "BOOST, 1, 2, position",
    "BOOST, , , factor",
    "BURY, , 1, factor",
    "BURY, , 0.001, factor",
    "BURY, , 2, factor",
    "HIDE, , 0.5, factor",
    "HIDE, 3, , position"
  })
  void actionsTakeOnlyTheirOwnParameterWithinItsRange(
      String action, Integer position, String factor, String refusedField) {
    Map<String, Object> body = rule(QUERY, action, FESTOOL_DRILL);
    if (position != null) {
      body.put("position", position);
    }
    if (factor != null) {
      body.put("factor", new java.math.BigDecimal(factor));
    }
    as(MARKETING)
        .body(body)
        .post("/api/marketing/rules")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.name", hasItem(refusedField));
  }

  @Test
  void aRuleForNeitherAQueryNorACategoryIsRefused() {
    as(MARKETING)
        .body(rule("  ", "HIDE", FESTOOL_DRILL))
        .post("/api/marketing/rules")
        .then()
        .statusCode(400)
        .body("errors.name", hasItem("query"));
  }

  @Test
  void unknownProductsAndCategoriesAre422NamingThem() {
    as(MARKETING)
        .body(rule(QUERY, "HIDE", "NO-SUCH-CODE"))
        .post("/api/marketing/rules")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.name", hasItem("product"))
        .body("errors[0].reason", containsString("NO-SUCH-CODE"));
    as(MARKETING)
        .body(with(rule(null, "HIDE", FESTOOL_DRILL), "category", "99.99"))
        .post("/api/marketing/rules")
        .then()
        .statusCode(422)
        .body("errors.name", hasItem("category"));
  }

  @Test
  void anEndNotAfterTheStartIsRefused() {
    as(MARKETING)
        .body(with(rule(QUERY, "HIDE", FESTOOL_DRILL), "endsAt", START.toString()))
        .post("/api/marketing/rules")
        .then()
        .statusCode(400)
        .body("errors.name", hasItem("endsAt"));
  }

  @Test
  void aSecondRuleOnTheSameProductAndQueryInAnOverlappingWindowIs409() {
    int first = create(with(rule(QUERY, "BOOST", FESTOOL_DRILL), "factor", 2)).getInt("id");
    // Typed differently, the query is the same one.
    as(MARKETING)
        .body(rule("  테스트 규칙   전용 검색어 ", "HIDE", FESTOOL_DRILL))
        .post("/api/marketing/rules")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/rule-overlap"))
        .body("detail", containsString("#" + first));
    // Right after the first one's window, it is fine.
    create(
        with(
            rule(QUERY, "HIDE", FESTOOL_DRILL),
            "startsAt",
            END.toString(),
            "endsAt",
            END.plusSeconds(86_400).toString()));
  }

  @Test
  void aPositionHeldByAnotherProductIs409() {
    create(with(rule(QUERY, "PIN", FESTOOL_DRILL), "position", 2));
    as(MARKETING)
        .body(with(rule(QUERY, "PIN", FESTOOL_DRILL_2), "position", 2))
        .post("/api/marketing/rules")
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/pin-position-taken"))
        .body("detail", containsString("position 2"));
    create(with(rule(QUERY, "PIN", FESTOOL_DRILL_2), "position", 3));
  }

  @Test
  void changesAreAuditedAndUpdatesMayChangeTheAction() {
    int id = create(with(rule(QUERY, "BOOST", FESTOOL_DRILL), "factor", 2)).getInt("id");
    as(MARKETING)
        .body(with(rule(QUERY, "BURY", FESTOOL_DRILL), "factor", 0.5))
        .put("/api/marketing/rules/{id}", id)
        .then()
        .statusCode(200)
        .body("action", org.hamcrest.Matchers.equalTo("BURY"));
    JsonPath audit =
        as(MARKETING)
            .queryParam("entityType", "RULE")
            .queryParam("entityId", id)
            .get("/api/marketing/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getList("action")).containsExactly("UPDATE", "CREATE");
    assertThat(audit.getString("[0].before.action")).isEqualTo("BOOST");
    assertThat(audit.getString("[0].after.action")).isEqualTo("BURY");
    assertThat(audit.getFloat("[0].after.factor")).isEqualTo(0.5f);
  }

  @Test
  void anUnknownRuleIs404() {
    as(MARKETING)
        .get("/api/marketing/rules/{id}", 999_999)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/rule-not-found"));
  }
}
