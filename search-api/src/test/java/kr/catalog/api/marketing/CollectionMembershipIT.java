package kr.catalog.api.marketing;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.marketing.CurationFixtures.MAKER_WIHA;
import static kr.catalog.api.marketing.CurationFixtures.START;
import static kr.catalog.api.marketing.CurationFixtures.collection;
import static kr.catalog.api.marketing.CurationFixtures.deleteCollection;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kr.catalog.api.catalog.CatalogBootstrap;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.support.TestClock;
import kr.catalog.model.Catalog;
import kr.catalog.model.Product;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rule-based collection's members follow the catalog: after the catalog is indexed again with a
 * product moved to another maker, that product leaves a "maker = Wiha" collection, in the search
 * filter and in pricing alike. Runs on Lucene here and on Elasticsearch in {@link
 * CollectionMembershipOnElasticsearchIT}.
 */
@QuarkusTest
class CollectionMembershipIT {

  private static final String SLUG = "test-members-wiha";

  /** A Wiha spanner this test moves to Festool and back. */
  private static final String MOVED = "WIH 98 BB";

  @Inject TestClock clock;
  @Inject CatalogBootstrap bootstrap;
  @Inject CatalogView view;

  @AfterEach
  void cleanUp() {
    clock.reset();
    deleteCollection(SLUG);
  }

  private static List<String> members() {
    return given()
        .queryParam("collection", SLUG)
        .queryParam("size", 100)
        .get("/api/search")
        .then()
        .statusCode(200)
        .extract()
        .path("hits.code");
  }

  private static JsonPath quoteLine() {
    return as(CUSTOMER)
        .body(Map.of("lines", List.of(Map.of("code", MOVED, "quantity", 1))))
        .post("/api/quotes")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .setRootPath("lines[0]");
  }

  @Test
  void membersAndTheirDiscountFollowTheReindexedCatalog() {
    clock.set(START.plusSeconds(60));
    Map<String, Object> body = collection(SLUG, List.of());
    body.put("rule", Map.of("maker", List.of(MAKER_WIHA)));
    body.put("discountPercent", 30);
    as(MARKETING).body(body).post("/api/collections").then().statusCode(201);

    List<String> before = members();
    assertThat(before).contains(MOVED);
    assertThat(quoteLine().getInt("promoPercent")).isEqualTo(30);
    assertThat(quoteLine().getString("promoSource")).isEqualTo("collection:" + SLUG);

    Catalog original = view.catalog();
    try {
      bootstrap.load(movedToFestool(original));
      List<String> after = members();
      assertThat(after).doesNotContain(MOVED).hasSize(before.size() - 1);
      assertThat(quoteLine().getInt("promoPercent")).isZero();
      assertThat(quoteLine().getString("promoSource")).isNull();
    } finally {
      bootstrap.load(original);
    }
    assertThat(members()).containsExactlyInAnyOrderElementsOf(before);
    assertThat(quoteLine().getInt("promoPercent")).isEqualTo(30);
  }

  /** The same catalog with {@link #MOVED} made by Festool, under another version. */
  private static Catalog movedToFestool(Catalog c) {
    List<Product> products =
        c.products().stream()
            .map(
                p ->
                    !p.code().equals(MOVED)
                        ? p
                        : new Product(
                            p.code(),
                            p.codeKey(),
                            p.family(),
                            p.nameKo(),
                            p.nameEn(),
                            "festool",
                            p.categoryId(),
                            p.listPrice(),
                            p.origin(),
                            p.brand(),
                            p.privateBrand(),
                            p.newProduct(),
                            p.discontinued(),
                            p.specs(),
                            p.videoUrls(),
                            p.releasedOn()))
            .toList();
    return new Catalog(
        c.version() + "+moved", c.makers(), c.categories(), products, c.assets(), c.bookPages());
  }
}
