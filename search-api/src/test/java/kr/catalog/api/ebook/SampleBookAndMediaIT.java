package kr.catalog.api.ebook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample catalog end to end: its printed book (digitised at ingest) and its manuals and
 * drawings, served through the API and the media store, linked both ways between products and
 * pages.
 */
@QuarkusTest
class SampleBookAndMediaIT {
  private static final String BOOK = "catalog-book";

  @Test
  void theSampleBookIsListedWithFrontMatterLabels() {
    given()
        .when()
        .get("/api/ebooks")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + BOOK + "' }.firstLabel", equalTo("i"));
  }

  @Test
  void everyHotspotOfEveryPageResolvesToAProductThatLinksBackToThePage() {
    List<Integer> indexes =
        given().get("/api/ebooks/{id}", BOOK).then().statusCode(200).extract().path("pages.index");
    int hotspots = 0;
    for (int index : indexes) {
      List<Map<String, Object>> spots =
          given()
              .get("/api/ebooks/{id}/pages/{n}", BOOK, index)
              .then()
              .statusCode(200)
              .extract()
              .path("hotspots");
      for (Map<String, Object> spot : spots) {
        hotspots++;
        assertThat(spot.get("productUrl"))
            .as("hotspot %s on page %d", spot.get("code"), index)
            .isNotNull();
        assertThat((Float) spot.get("x")).isBetween(0f, 1f);
        assertThat((Float) spot.get("y")).isBetween(0f, 1f);
      }
      if (!spots.isEmpty()) {
        String productUrl = (String) spots.getFirst().get("productUrl");
        List<Integer> pages =
            given().get(productUrl).then().statusCode(200).extract().path("catalogPages.page");
        assertThat(pages).as("pages listed by %s", productUrl).contains(index);
      }
    }
    assertThat(hotspots).isGreaterThan(100);
  }

  @Test
  void pageImagesAndThumbnailsAreServedFromTheMediaStore() {
    Map<String, Object> page =
        given().get("/api/ebooks/{id}/pages/3", BOOK).then().statusCode(200).extract().path("$");
    given().get((String) page.get("imageUrl")).then().statusCode(200).contentType("image/jpeg");
    given().get((String) page.get("thumbnailUrl")).then().statusCode(200);
  }

  @Test
  void productsWithManualsShowThemWithThumbnailsInSearchAndOnTheProductPage() {
    // Manuals are written per product family; find a product that has one via search hits.
    List<Map<String, Object>> hits =
        given()
            .queryParam("size", 100)
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .path("hits");
    Map<String, Object> withThumb =
        hits.stream().filter(h -> h.get("thumbnailUrl") != null).findFirst().orElseThrow();
    List<Map<String, Object>> assets =
        given()
            .get("/api/products/{code}", withThumb.get("code"))
            .then()
            .statusCode(200)
            .extract()
            .path("assets");
    assertThat(assets).isNotEmpty();
    Map<String, Object> first = assets.getFirst();
    given().get((String) first.get("url")).then().statusCode(200);
    // The product's picture (a JPEG size) where it has one, else the manual's first page (PNG).
    given()
        .get((String) first.get("thumbnailUrl"))
        .then()
        .statusCode(200)
        .contentType(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.startsWith("image/png"),
                org.hamcrest.Matchers.startsWith("image/jpeg")));
  }
}
