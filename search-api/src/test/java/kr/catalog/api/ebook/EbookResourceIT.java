package kr.catalog.api.ebook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.model.BookPage;
import kr.catalog.model.Catalog;
import kr.catalog.model.Product;
import kr.catalog.sample.SampleCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The e-book endpoints over a named three-page book printed from sample products: front matter
 * labelled {@code i}, then pages {@code A-1} and {@code A-2} (labels differ from indexes, as in the
 * printed catalog).
 */
@QuarkusTest
class EbookResourceIT {
  private static final String BOOK = "fixture-2026";

  @Inject CatalogView view;
  @Inject CatalogConfig config;

  private Catalog sample;
  private Product drill;
  private Product saw;

  @BeforeEach
  void publishBook() {
    sample = SampleCatalog.ensure(config.dataDir());
    drill = sample.products().get(0);
    saw = sample.products().get(1);
    List<BookPage> pages = new ArrayList<>(sample.bookPages());
    pages.add(new BookPage(BOOK, 1, "i", "book/p1.jpg", "book/t1.jpg", "목차 Contents", List.of()));
    pages.add(
        new BookPage(
            BOOK,
            2,
            "A-1",
            "book/p2.jpg",
            "book/t2.jpg",
            "전동공구 Power tools " + drill.code() + " " + drill.nameKo() + " 전동드릴 세트",
            List.of(new BookPage.Hotspot(drill.codeKey(), drill.code(), 0.1, 0.2, 0.3, 0.04))));
    pages.add(
        new BookPage(
            BOOK,
            3,
            "A-2",
            "book/p3.jpg",
            "book/t3.jpg",
            "절삭공구 " + saw.code() + " " + saw.nameKo(),
            List.of(
                new BookPage.Hotspot(saw.codeKey(), saw.code(), 0.1, 0.5, 0.3, 0.04),
                new BookPage.Hotspot("UNKNOWN999", "UNKNOWN-999", 0.1, 0.6, 0.3, 0.04))));
    view.publish(
        new Catalog(
            sample.version(),
            sample.makers(),
            sample.categories(),
            sample.products(),
            sample.assets(),
            pages));
  }

  @AfterEach
  void restoreCatalog() {
    view.publish(sample);
  }

  @Test
  void booksAreListedWithPageCountAndLabels() {
    given()
        .when()
        .get("/api/ebooks")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + BOOK + "' }.pageCount", equalTo(3))
        .body("find { it.id == '" + BOOK + "' }.firstLabel", equalTo("i"))
        .body("find { it.id == '" + BOOK + "' }.coverThumbnailUrl", equalTo("/media/book/t1.jpg"));
  }

  @Test
  void thumbnailStripListsEveryPageInOrder() {
    given()
        .when()
        .get("/api/ebooks/{id}", BOOK)
        .then()
        .statusCode(200)
        .body("pages.label", contains("i", "A-1", "A-2"))
        .body("pages.thumbnailUrl[1]", equalTo("/media/book/t2.jpg"));
  }

  @Test
  void pageHasImageLabelNeighboursAndHotspotsThatResolveToProducts() {
    given()
        .when()
        .get("/api/ebooks/{id}/pages/3", BOOK)
        .then()
        .statusCode(200)
        .body("label", equalTo("A-2"))
        .body("imageUrl", equalTo("/media/book/p3.jpg"))
        .body("previous", equalTo(2))
        .body("next", nullValue())
        .body("deepLink", equalTo("/ebook.html?book=" + BOOK + "&page=3"))
        .body("hotspots[0].code", equalTo(saw.code()))
        .body("hotspots[0].productUrl", equalTo("/api/products/" + saw.codeKey()))
        .body("hotspots[0].name", equalTo(saw.nameKo()))
        .body("hotspots[1].productUrl", nullValue());
  }

  @Test
  void pageIsAddressableByItsPrintedLabel() {
    given()
        .when()
        .get("/api/ebooks/{id}/labels/{label}", BOOK, "a-1")
        .then()
        .statusCode(200)
        .body("index", equalTo(2));
  }

  @Test
  void productPageListsTheCatalogPagesPrintingIt() {
    given()
        .when()
        .get("/api/products/{code}", drill.code())
        .then()
        .statusCode(200)
        .body("catalogPages.bookId", hasItem(BOOK))
        .body("catalogPages.find { it.bookId == '" + BOOK + "' }.label", equalTo("A-1"))
        .body(
            "catalogPages.find { it.bookId == '" + BOOK + "' }.url",
            equalTo("/api/ebooks/" + BOOK + "/pages/2"));
  }

  @Test
  void searchInsideTheBookFindsPagesByWordAndByCodeTypedLoosely() {
    given()
        .queryParam("q", "드릴")
        .when()
        .get("/api/ebooks/{id}/search", BOOK)
        .then()
        .statusCode(200)
        .body("index", contains(2))
        .body("[0].snippet", containsString("드릴"));
    String looseCode = saw.codeKey().toLowerCase(java.util.Locale.ROOT);
    given()
        .queryParam("q", looseCode)
        .when()
        .get("/api/ebooks/{id}/search", BOOK)
        .then()
        .statusCode(200)
        .body("index", hasItem(3));
  }

  @Test
  void unknownBookAndPageAre404Problems() {
    given()
        .get("/api/ebooks/no-such-book")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/book-not-found"));
    given()
        .get("/api/ebooks/{id}/pages/99", BOOK)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/book-page-not-found"));
    given()
        .get("/api/ebooks/{id}/labels/Z-9", BOOK)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/book-page-not-found"));
  }

  @Test
  void pageNumberBelowOneIsRefused() {
    given().get("/api/ebooks/{id}/pages/0", BOOK).then().statusCode(400);
  }
}
