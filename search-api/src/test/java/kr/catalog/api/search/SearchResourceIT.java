package kr.catalog.api.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/search} over the bundled sample catalog that the application loads at start-up,
 * and its refusals of invalid parameters as problem+json naming the parameter. Expected totals and
 * counts are computed here from the served catalog's records (never from search results): every
 * product that is not discontinued is searchable.
 */
@QuarkusTest
class SearchResourceIT {

  @Inject CatalogView catalog;

  /** The products search may find: the served catalog without the discontinued ones. */
  private List<Product> searchable() {
    return catalog.allProducts().stream().filter(p -> !p.discontinued()).toList();
  }

  /** How many searchable products carry each value of {@code key}. */
  private Map<String, Long> countBy(Function<Product, String> key) {
    return searchable().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  /** A facet's values with their counts, as answered. */
  private static Map<String, Long> facet(JsonPath body, String name) {
    Map<String, Long> counts = new HashMap<>();
    List<Map<String, Object>> values = body.getList("facets." + name);
    for (Map<String, Object> v : values) {
      counts.put((String) v.get("value"), ((Number) v.get("count")).longValue());
    }
    return counts;
  }

  @Test
  void browsingWithoutQueryReturnsTheWholeSampleCatalog() {
    int total = given().when().get("/api/search").then().statusCode(200).extract().path("total");
    // The sample catalog has a few hundred products (catalog-sample SampleCatalog).
    assertThat(total).isGreaterThan(100);
    assertThat((long) total).isEqualTo(searchable().size());
  }

  @Test
  void searchingByAProductCodeFindsThatProductFirst() {
    List<String> codes =
        given().queryParam("size", 5).when().get("/api/search").then().extract().path("hits.code");
    String code = codes.get(3);
    given()
        .queryParam("q", code)
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("hits[0].code", equalTo(code));
  }

  @Test
  void facetsAreReturnedWithCounts() {
    JsonPath body =
        given()
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .body("facets.category.size()", org.hamcrest.Matchers.greaterThan(0))
            .body("facets.maker[0].count", org.hamcrest.Matchers.greaterThan(0))
            .extract()
            .jsonPath();
    // A category counts its own products and those of every category below it ("01.02" is in
    // "01" too), so each product adds one to each prefix of its category id.
    Map<String, Long> categories = new HashMap<>();
    for (Product p : searchable()) {
      String[] parts = p.categoryId().split("\\.");
      for (int i = 1; i <= parts.length; i++) {
        categories.merge(String.join(".", List.of(parts).subList(0, i)), 1L, Long::sum);
      }
    }
    assertThat(facet(body, "category")).isEqualTo(categories);
    assertThat(facet(body, "origin")).isEqualTo(countBy(Product::origin));
    // The maker facet lists the makers with the most products (not all 36 of the sample), each
    // with its exact count; no maker left out has more products than one listed.
    Map<String, Long> makers = countBy(Product::makerId);
    Map<String, Long> listed = facet(body, "maker");
    assertThat(listed).isNotEmpty();
    listed.forEach((maker, count) -> assertThat(count).as(maker).isEqualTo(makers.get(maker)));
    long smallestListed = listed.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    makers.forEach(
        (maker, count) -> {
          if (!listed.containsKey(maker)) {
            assertThat(count).as(maker).isLessThanOrEqualTo(smallestListed);
          }
        });
  }

  @Test
  void inStockFlagComesFromTheStockOfTheDatabase() {
    // The test profile seeds stock for the sample: every tenth product (by code hash) has none.
    int all = given().when().get("/api/search").then().extract().path("total");
    int inStockCount =
        given()
            .when()
            .get("/api/search")
            .then()
            .extract()
            .path("facets.flag.find { it.value == 'in_stock' }.count");
    int filtered =
        given()
            .queryParam("flag", "in_stock")
            .when()
            .get("/api/search")
            .then()
            .extract()
            .path("total");
    assertThat(inStockCount).isPositive().isLessThan(all);
    assertThat(filtered).isEqualTo(inStockCount);
    // The parameter's first spelling stays valid for saved links and collection rules.
    int legacy =
        given()
            .queryParam("flag", "in-stock")
            .when()
            .get("/api/search")
            .then()
            .extract()
            .path("total");
    assertThat(legacy).isEqualTo(inStockCount);
  }

  /**
   * Every value a facet answers works as that facet's filter and selects exactly the products it
   * counted: the UI ticks boxes with the facet's values, so a spelling that differs between the two
   * (as {@code in_stock} and {@code in-stock} once did) is a filter that refuses its own facet.
   */
  @Test
  void everyFacetValueWorksAsItsFilterValue() {
    Map<String, List<Map<String, Object>>> facets =
        given().when().get("/api/search").then().statusCode(200).extract().path("facets");
    assertThat(facets).containsKeys("category", "maker", "origin", "brand", "flag");
    int checked = 0;
    for (var facet : facets.entrySet()) {
      for (Map<String, Object> value : facet.getValue().stream().limit(6).toList()) {
        int count = ((Number) value.get("count")).intValue();
        if (count == 0) {
          continue;
        }
        var response =
            given()
                .queryParam(facet.getKey(), value.get("value"))
                .when()
                .get("/api/search")
                .then()
                .extract()
                .response();
        assertThat(response.statusCode())
            .as("%s=%s: %s", facet.getKey(), value.get("value"), response.asString())
            .isEqualTo(200);
        // Compared within the filtered answer itself (facets are disjunctive, so the value keeps
        // its count beside its own filter): one snapshot of the index. A count from the earlier,
        // unfiltered request can differ when live signals (stock, collection discounts changed by
        // tests running before this one) reach the index between the two requests.
        int total = response.path("total");
        List<Map<String, Object>> sameFacet = response.path("facets." + facet.getKey());
        Object countBesideItsFilter =
            sameFacet.stream()
                .filter(v -> value.get("value").equals(v.get("value")))
                .map(v -> v.get("count"))
                .findFirst()
                .orElse(null);
        assertThat(total).as("%s=%s", facet.getKey(), value.get("value")).isPositive();
        assertThat(countBesideItsFilter)
            .as("%s=%s", facet.getKey(), value.get("value"))
            .isEqualTo(total);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void aMisspelledMakerRunsItsCorrectionAndSaysSo() {
    // "보쉬" (Bosch) typed with one wrong jamo (ㅅ as ㅆ): the typed text finds nothing, so its
    // correction runs and the answer names both. (보시, another wrong jamo, is a spoken variant the
    // trade vocabulary knows: it finds Bosch without a correction.)
    int bosch =
        given().queryParam("q", "보쉬").when().get("/api/search").then().extract().path("total");
    given()
        .queryParam("q", "보쒸")
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(bosch))
        .body("query", equalTo("보쉬"))
        .body("correctedFrom", equalTo("보쒸"))
        .body("didYouMean", nullValue());
    // exact=true runs the text as typed: nothing, with the correction offered.
    given()
        .queryParam("q", "보쒸")
        .queryParam("exact", "true")
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(0))
        .body("query", equalTo("보쒸"))
        .body("correctedFrom", nullValue())
        .body("didYouMean", equalTo("보쉬"));
  }

  @Test
  void anExactFlagThatIsNotABooleanIsRefusedNamingIt() {
    given()
        .queryParam("q", "보쉬")
        .queryParam("exact", "yes")
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("exact"));
  }

  @Test
  void groupingByFamilyReturnsOneHitPerFamily() {
    List<String> families =
        given()
            .queryParam("group", "family")
            .queryParam("size", 50)
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .path("hits.family");
    assertThat(families).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void groupingByFamilyCoversEveryFamilyWithItsNumberOfMatchingVariants() {
    // Bosch: a maker with many products, several of them variants of one family.
    Map<String, Long> variants =
        searchable().stream()
            .filter(p -> p.makerId().equals("bosch"))
            .collect(Collectors.groupingBy(Product::family, Collectors.counting()));
    assertThat(variants.values())
        .as("the sample has Bosch families of several variants")
        .anyMatch(n -> n > 1);
    assertThat(variants).hasSizeLessThanOrEqualTo(100);
    JsonPath grouped =
        given()
            .queryParam("maker", "bosch")
            .queryParam("group", "family")
            .queryParam("size", 100)
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Long> familySizes = new HashMap<>();
    List<Map<String, Object>> hits = grouped.getList("hits");
    for (Map<String, Object> hit : hits) {
      familySizes.put((String) hit.get("family"), ((Number) hit.get("familySize")).longValue());
    }
    assertThat(hits).hasSize(variants.size());
    assertThat(familySizes).isEqualTo(variants);
    // Against the same search ungrouped: the same total of products, and every product of it
    // belongs to one of the grouped families.
    JsonPath plain =
        given()
            .queryParam("maker", "bosch")
            .queryParam("size", 100)
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(grouped.getLong("total")).isEqualTo(plain.getLong("total"));
    assertThat(familySizes.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(plain.getLong("total"));
    Set<String> ungroupedFamilies = new HashSet<>(plain.getList("hits.family", String.class));
    assertThat(familySizes.keySet()).containsAll(ungroupedFamilies);
  }

  @Test
  void cursorPagingContinuesWhereThePageEnded() {
    var first =
        given().queryParam("size", 5).when().get("/api/search").then().statusCode(200).extract();
    List<String> firstCodes = first.path("hits.code");
    String cursor = first.path("nextCursor");
    List<String> secondCodes =
        given()
            .queryParam("size", 5)
            .queryParam("cursor", cursor)
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .path("hits.code");
    List<String> pageTwo =
        given()
            .queryParam("size", 5)
            .queryParam("page", 2)
            .when()
            .get("/api/search")
            .then()
            .extract()
            .path("hits.code");
    assertThat(secondCodes).hasSize(5).doesNotContainAnyElementsOf(firstCodes).isEqualTo(pageTwo);
  }

  @Test
  void forgedCursorIsRefusedNamingTheCursor() {
    invalid("cursor", "not-a-real-cursor").body("errors[0].name", equalTo("cursor"));
  }

  @Test
  void pageBeyondTheOffsetWindowIsRefusedPointingToTheCursor() {
    given()
        .queryParam("page", 60)
        .queryParam("size", 20)
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("page"))
        .body("errors[0].reason", containsString("cursor"));
  }

  @Test
  void pageBelowOneIsRefusedNamingThePage() {
    invalid("page", "0").body("errors[0].name", equalTo("page"));
  }

  @Test
  void sizeAboveTheCapIsRefusedNamingTheSize() {
    invalid("size", "1000").body("errors[0].name", equalTo("size"));
  }

  @Test
  void unknownSortIsRefusedNamingTheSort() {
    invalid("sort", "cheapest-first").body("errors[0].name", equalTo("sort"));
  }

  @Test
  void oversizedQueryIsRefusedNamingQ() {
    invalid("q", "드".repeat(201)).body("errors[0].name", equalTo("q"));
  }

  @Test
  void priceMinAbovePriceMaxIsRefusedNamingPriceMin() {
    given()
        .queryParam("priceMin", 5000)
        .queryParam("priceMax", 100)
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("priceMin"));
  }

  @Test
  void nonNumericPageIsAProblemWithoutInternals() {
    given()
        .queryParam("page", "abc")
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body(not(containsString("Exception")))
        .body(not(containsString("kr.catalog")));
  }

  @Test
  void unknownApiPathIs404Problem() {
    given()
        .when()
        .get("/api/search/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  private static ValidatableResponse invalid(String parameter, String value) {
    return given()
        .queryParam(parameter, value)
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/invalid-request"))
        .body("status", equalTo(400))
        .body("detail", containsString(parameter));
  }
}
