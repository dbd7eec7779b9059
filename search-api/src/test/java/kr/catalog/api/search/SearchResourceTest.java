package kr.catalog.api.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/search} over the bundled sample catalog that the application loads at start-up,
 * and its refusals of invalid parameters as problem+json naming the parameter.
 */
@QuarkusTest
class SearchResourceTest {

  @Test
  void browsingWithoutQueryReturnsTheWholeSampleCatalog() {
    int total = given().when().get("/api/search").then().statusCode(200).extract().path("total");
    // The sample catalog has a few hundred products (catalog-sample SampleCatalog).
    assertThat(total).isGreaterThan(100);
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
    given()
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("facets.category.size()", org.hamcrest.Matchers.greaterThan(0))
        .body("facets.maker[0].count", org.hamcrest.Matchers.greaterThan(0));
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
            .queryParam("flag", "in-stock")
            .when()
            .get("/api/search")
            .then()
            .extract()
            .path("total");
    assertThat(inStockCount).isPositive().isLessThan(all);
    assertThat(filtered).isEqualTo(inStockCount);
  }

  @Test
  void misspelledMakerFindsNothingButSuggestsTheCorrection() {
    // "보쉬" (Bosch) typed with one wrong syllable: nothing matches, the correction does.
    given()
        .queryParam("q", "보시")
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(0))
        .body("didYouMean", equalTo("보쉬"));
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
