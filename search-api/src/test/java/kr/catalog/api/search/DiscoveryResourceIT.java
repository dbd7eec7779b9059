package kr.catalog.api.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import kr.catalog.model.Identifier;
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

  /** A product of the sample with an identifier of this kind. */
  private Product withIdentifier(Identifier.Kind kind) {
    return catalog.allProducts().stream()
        .filter(p -> !p.discontinued())
        .filter(p -> p.identifiers().stream().anyMatch(i -> i.kind() == kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the sample has no product with a " + kind));
  }

  private static String value(Product p, Identifier.Kind kind) {
    return p.identifiers().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow().value();
  }

  @Test
  void lookupFindsAModelNumberTypedOtherwiseAndSaysItMatched() {
    Product p = withIdentifier(Identifier.Kind.MODEL_NUMBER);
    String model = value(p, Identifier.Kind.MODEL_NUMBER);
    given()
        .queryParam("q", model.replace("-", " ").toLowerCase(java.util.Locale.ROOT))
        .when()
        .get("/api/lookup/code")
        .then()
        .statusCode(200)
        .body("[0].product.codeKey", equalTo(p.codeKey()))
        .body("[0].match", equalTo("EXACT"))
        .body("[0].matchedIdentifier.kind", equalTo("MODEL_NUMBER"))
        .body("[0].matchedIdentifier.value", equalTo(model));
  }

  @Test
  void aScannedBarcodeFindsExactlyItsProduct() {
    Product p = withIdentifier(Identifier.Kind.BARCODE);
    String barcode = value(p, Identifier.Kind.BARCODE);
    given()
        .queryParam("q", barcode)
        .when()
        .get("/api/lookup/code")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].product.codeKey", equalTo(p.codeKey()))
        .body("[0].matchedIdentifier.kind", equalTo("BARCODE"));
  }

  @Test
  void aBarcodeWithAWrongCheckDigitIsRefusedNamingQAndTheRightDigit() {
    String barcode = value(withIdentifier(Identifier.Kind.BARCODE), Identifier.Kind.BARCODE);
    int right = barcode.charAt(12) - '0';
    String wrong = barcode.substring(0, 12) + (right + 1) % 10;
    given()
        .queryParam("q", wrong)
        .when()
        .get("/api/lookup/code")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("q"))
        .body("errors[0].reason", containsString("wrong check digit"))
        .body("errors[0].reason", containsString("ends in " + right));
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

  /** Every page of the maker index, in order. */
  private static List<Map<String, Object>> wholeMakerIndex(String index, String category) {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    for (int page = 1; ; page++) {
      var request =
          given().queryParam("index", index).queryParam("limit", 7).queryParam("page", page);
      if (category != null) {
        request.queryParam("category", category);
      }
      List<Map<String, Object>> makers =
          request.when().get("/api/makers").then().statusCode(200).extract().path("$");
      if (makers.isEmpty()) {
        return all;
      }
      all.addAll(makers);
    }
  }

  @Test
  void makerIndexListsEveryMakerWithProductsInKoreanDictionaryOrderWithCounts() {
    Map<String, Long> searchable =
        catalog.allProducts().stream()
            .filter(p -> !p.discontinued())
            .collect(Collectors.groupingBy(Product::makerId, Collectors.counting()));
    List<Map<String, Object>> index = wholeMakerIndex("ko", null);
    assertThat(index).extracting(m -> m.get("value")).doesNotHaveDuplicates();
    assertThat(index)
        .extracting(m -> (String) m.get("value"), m -> ((Number) m.get("count")).longValue())
        .containsExactlyInAnyOrderElementsOf(
            searchable.entrySet().stream()
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                .toList());
    // 가나다: Korean names in the order of their initials, then within one initial by name.
    List<String> names = index.stream().map(m -> (String) m.get("label")).toList();
    List<String> initials = names.stream().map(MakerIndex::initialOf).toList();
    String order = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎABCDEFGHIJKLMNOPQRSTUVWXYZ#";
    assertThat(initials).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
    assertThat(names).contains("보쉬");

    // The initials: every one listed with its makers, and one initial alone lists just those.
    List<Map<String, Object>> tabs =
        given().when().get("/api/makers/initials").then().statusCode(200).extract().path("$");
    assertThat(tabs.stream().mapToInt(t -> (Integer) t.get("makers")).sum())
        .isEqualTo(index.size());
    Map<String, Object> bieup =
        tabs.stream().filter(t -> t.get("initial").equals("ㅂ")).findFirst().orElseThrow();
    List<String> underBieup =
        given()
            .queryParam("initial", "ㅂ")
            .queryParam("limit", 200)
            .when()
            .get("/api/makers")
            .then()
            .statusCode(200)
            .extract()
            .path("value");
    assertThat(underBieup).hasSize((Integer) bieup.get("makers")).contains("bosch");
  }

  @Test
  void makerIndexInEnglishIsInAbcOrderAndCountsWithinTheFilters() {
    List<String> names =
        wholeMakerIndex("en", null).stream().map(m -> (String) m.get("label")).toList();
    // ABC: A to Z, then names that begin with a digit (3M); within an initial, ignoring case.
    String order = "ABCDEFGHIJKLMNOPQRSTUVWXYZ#";
    assertThat(names)
        .contains("Bosch")
        .isSortedAccordingTo(
            java.util.Comparator.comparingInt(
                (String n) -> order.indexOf(MakerIndex.initialOf(n))));
    assertThat(names.stream().filter(n -> MakerIndex.initialOf(n).equals("H")).toList())
        .hasSizeGreaterThan(2)
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

    // Within a category: exactly the makers the category's maker facet counts, with its counts.
    Map<String, Object> bosch = boschProduct();
    String category = (String) bosch.get("category");
    List<Map<String, Object>> facet =
        given()
            .queryParam("category", category)
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .path("facets.maker");
    List<Map<String, Object>> index = wholeMakerIndex("ko", category);
    for (Map<String, Object> value : facet) {
      assertThat(index).as("maker %s", value.get("value")).contains(value);
    }
    assertThat(index.size()).isLessThan(wholeMakerIndex("ko", null).size());
  }

  @Test
  void makerIndexRefusesAnUnknownIndexOrInitialNamingIt() {
    given()
        .queryParam("index", "jp")
        .when()
        .get("/api/makers")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("index"));
    given()
        .queryParam("initial", "ㄲ")
        .when()
        .get("/api/makers/initials")
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("initial"));
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
