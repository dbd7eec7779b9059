package kr.catalog.api.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Product pages over the sample catalog. */
@QuarkusTest
class ProductResourceIT {

  private static String someCode() {
    return given()
        .queryParam("maker", "bosch")
        .queryParam("size", 1)
        .when()
        .get("/api/search")
        .then()
        .extract()
        .path("hits[0].code");
  }

  @Test
  void productPageHasMakerCategoryPathPricesAndSpecs() {
    String code = someCode();
    given()
        .when()
        .get("/api/products/{code}", code)
        .then()
        .statusCode(200)
        .body("code", equalTo(code))
        .body("maker.id", equalTo("bosch"))
        .body("maker.name", equalTo("보쉬"))
        .body("categoryPath.size()", greaterThan(1))
        .body("categoryPath[0].id", notNullValue())
        .body("price", greaterThan(0))
        .body("specs.size()", greaterThan(0));
  }

  @Test
  void priceWithVatAddsTenPercentRoundedHalfUpToTheWon() {
    String code = someCode();
    long price =
        given().get("/api/products/{code}", code).then().extract().jsonPath().getLong("price");
    long withVat =
        given()
            .get("/api/products/{code}", code)
            .then()
            .extract()
            .jsonPath()
            .getLong("priceWithVat");
    org.assertj.core.api.Assertions.assertThat(withVat).isEqualTo(price + (price + 5) / 10);
  }

  @Test
  void productIsFoundByItsCodeTypedWithoutSeparators() {
    String code = someCode();
    String loose = code.replaceAll("[-./ ]", "").toLowerCase(Locale.ROOT);
    given()
        .when()
        .get("/api/products/{code}", loose)
        .then()
        .statusCode(200)
        .body("code", equalTo(code));
  }

  @Test
  void unknownProductIs404Problem() {
    given()
        .when()
        .get("/api/products/NO-SUCH-CODE-999")
        .then()
        .statusCode(404)
        .body("type", org.hamcrest.Matchers.equalTo("/problems/product-not-found"))
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("NO-SUCH-CODE-999"));
  }
}
