package kr.catalog.api.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;

/**
 * Suggest, code lookup, maker search and the category tree over the bundled sample catalog (36
 * makers including Bosch / 보쉬, all 9 top categories).
 */
@QuarkusTest
class DiscoveryResourceIT {

  @Inject CatalogView catalog;

  /** A Bosch product of the sample, found through the API so the test follows the generator. */
  private static Map<String, Object> boschProduct() {
    List<Map<String, Object>> hits =
        given()
            .queryParam("maker", "bosch")
            .queryParam("size", 1)
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .path("hits");
    assertThat(hits).isNotEmpty();
    return hits.getFirst();
  }

  @Test
  void codeLookupFindsTheProductExactlyWhateverTheSeparatorsAndCase() {
    String code = (String) boschProduct().get("code");
    String typedLoosely = code.replaceAll("[-./ ]", "").toLowerCase(java.util.Locale.ROOT);
    given()
        .queryParam("q", typedLoosely)
        .when()
        .get("/api/lookup/code")
        .then()
        .statusCode(200)
        .body("[0].product.code", equalTo(code))
        .body("[0].match", equalTo("EXACT"));
  }

  @Test
  void codeLookupWithoutCodeOrMakerIsRefusedNamingQ() {
    given()
        .when()
        .get("/api/lookup/code")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("q"));
  }

  @Test
  void makerSearchByInitialConsonantsFindsBosch() {
    given()
        .queryParam("q", "ㅂㅅ")
        .when()
        .get("/api/makers")
        .then()
        .statusCode(200)
        .body("value", hasItem("bosch"));
  }

  @Test
  void makerSearchInEnglishAndKoreanFindsBosch() {
    given()
        .queryParam("q", "bosch")
        .when()
        .get("/api/makers")
        .then()
        .body("[0].value", equalTo("bosch"));
    given()
        .queryParam("q", "보쉬")
        .when()
        .get("/api/makers")
        .then()
        .body("[0].value", equalTo("bosch"));
  }

  @Test
  void suggestOffersMakersAndProductsForAPrefix() {
    JsonPath body =
        given()
            .queryParam("q", "보쉬")
            .when()
            .get("/api/suggest")
            .then()
            .statusCode(200)
            .body("makers.value", hasItem("bosch"))
            .body("products.size()", org.hamcrest.Matchers.greaterThan(0))
            .extract()
            .jsonPath();
    // Expected from the served catalog's records: Bosch's searchable products, and the sample's
    // product names, which begin with the maker's Korean name ("보쉬 ...").
    List<Product> bosch =
        catalog.allProducts().stream()
            .filter(p -> !p.discontinued() && p.makerId().equals("bosch"))
            .toList();
    Set<String> boschCodes = bosch.stream().map(Product::code).collect(Collectors.toSet());
    assertThat(bosch).hasSizeGreaterThan(8);
    // The maker suggestion counts all of Bosch's searchable products.
    assertThat(body.getLong("makers.find { it.value == 'bosch' }.count")).isEqualTo(bosch.size());
    // As many products as the default limit (8), every one of them a searchable Bosch product
    // whose name begins with what was typed; none twice.
    List<String> codes = body.getList("products.code", String.class);
    assertThat(codes).hasSize(8).doesNotHaveDuplicates();
    assertThat(boschCodes).containsAll(codes);
    assertThat(body.getList("products.name", String.class)).allMatch(n -> n.startsWith("보쉬"));
    assertThat(body.getList("products.discontinued", Boolean.class)).containsOnly(false);
  }

  @Test
  void suggestWithoutQIsRefused() {
    given().when().get("/api/suggest").then().statusCode(400).body("errors[0].name", equalTo("q"));
  }

  @Test
  void categoryTreeHasNineTopCategoriesWhoseCountsAddUpToTheCatalog() {
    List<Map<String, Object>> tops =
        given().when().get("/api/categories").then().statusCode(200).extract().path("$");
    int total = given().when().get("/api/search").then().extract().path("total");
    assertThat(tops).hasSize(9);
    assertThat(tops.stream().mapToLong(t -> ((Number) t.get("count")).longValue()).sum())
        .isEqualTo(total);
    // Each top category's count is the sum over its children: counts include descendants.
    for (Map<String, Object> top : tops) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> children = (List<Map<String, Object>>) top.get("children");
      if (!children.isEmpty()) {
        assertThat(children.stream().mapToLong(c -> ((Number) c.get("count")).longValue()).sum())
            .as("children of %s", top.get("id"))
            .isEqualTo(((Number) top.get("count")).longValue());
      }
    }
  }
}
