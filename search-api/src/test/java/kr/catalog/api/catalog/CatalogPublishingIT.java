package kr.catalog.api.catalog;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import kr.catalog.api.support.PublishingProfile;
import kr.catalog.model.Asset;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogChecksum;
import kr.catalog.model.CatalogJson;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Product;
import kr.catalog.testharness.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Publish while serving (issue #15): an administrator publishes a catalog version written like
 * catalog-ingest writes one (the catalog, its {@code changes.json} against the served version, its
 * media beside it) to the running platform. Refused ones (wrong checksum, corrupt, contradicting
 * changes, older) change nothing; an accepted one is applied as partial updates while two clients
 * search without a pause, none of whose searches fails or comes back empty; its new media are
 * served from the shared store; a version with changed categories goes through a full build.
 */
@QuarkusTest
@TestProfile(PublishingProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogPublishingIT {
  private static final String PUBLICATIONS = "/api/admin/catalog/publications";

  @Inject CatalogConfig config;

  /** The second version and what it changed, made once by the first test that needs it. */
  private static Path second;

  private static String renamedCode;
  private static String removedCode;
  private static String addedCode;
  private static String addedMediaPath;
  private static String unchangedCode;

  @AfterAll
  static void forgetPublications() throws Exception {
    // The database is shared by every application of the test run: later ones must serve their
    // own catalog, not the versions published here.
    var postgres = TestServers.postgres();
    try (Connection c =
            DriverManager.getConnection(
                postgres.jdbcUrl(), postgres.username(), postgres.password());
        var s = c.createStatement()) {
      s.executeUpdate("DELETE FROM catalog_publication");
    }
  }

  private Catalog served() throws IOException {
    return new CatalogStore(CatalogPaths.catalogDir(config)).read();
  }

  /**
   * Writes a catalog as catalog-ingest does: the catalog directory, {@code changes.json} against
   * {@code from}, and {@code media} beside it.
   */
  private static Path write(Catalog catalog, Map<String, Object> changes) throws IOException {
    Path out = PublishingProfile.ROOT.resolve("out-" + UUID.randomUUID()).resolve("catalog");
    new CatalogStore(out)
        .write(
            catalog,
            "test",
            dir ->
                CatalogJson.mapper()
                    .writeValue(dir.resolve(PublishedChanges.FILE_NAME).toFile(), changes));
    Files.createDirectories(out.resolveSibling("media"));
    return out;
  }

  private static Map<String, Object> changes(
      String from, List<String> added, List<String> updated, List<String> removed) {
    Map<String, Object> m = new HashMap<>();
    m.put("fromVersion", from);
    m.put("added", added);
    m.put("updated", updated);
    m.put("removed", removed);
    return m;
  }

  /** The second version: one product renamed, one removed, one added with a manual of its own. */
  private Path second() throws Exception {
    if (second != null) {
      return second;
    }
    Catalog v1 = served();
    List<Product> products = new ArrayList<>(v1.products());
    // Searchable ones (discontinued products are not): renamed, removed, a template, unchanged.
    List<Product> live = products.stream().filter(p -> !p.discontinued()).toList();
    Product renamed = live.get(3);
    Product removed = live.get(5);
    Product template = live.get(7);
    unchangedCode = live.get(9).code();
    renamedCode = renamed.code();
    removedCode = removed.code();
    addedCode =
        "PUB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    Product added =
        new Product(
            addedCode,
            kr.catalog.model.Keys.codeKey(addedCode),
            kr.catalog.model.Keys.codeKey(addedCode),
            "게시시험 신제품 " + addedCode,
            "Publication test product",
            template.makerId(),
            template.categoryId(),
            12_345,
            template.origin(),
            template.brand(),
            false,
            true,
            false,
            Map.of(),
            List.of(),
            null,
            List.of());
    products.set(
        products.indexOf(renamed),
        new Product(
            renamed.code(),
            renamed.codeKey(),
            renamed.family(),
            renamed.nameKo() + " 퍼블리시개정판",
            renamed.nameEn(),
            renamed.makerId(),
            renamed.categoryId(),
            renamed.listPrice(),
            renamed.origin(),
            renamed.brand(),
            renamed.privateBrand(),
            renamed.newProduct(),
            renamed.discontinued(),
            renamed.specs(),
            renamed.videoUrls(),
            renamed.releasedOn(),
            renamed.identifiers()));
    products.remove(removed);
    products.add(added);
    products.sort(java.util.Comparator.comparing(Product::codeKey));
    byte[] manual = ("%PDF-1.4 manual of " + addedCode + "\n").getBytes(StandardCharsets.UTF_8);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(manual));
    addedMediaPath = "assets/" + sha.substring(0, 2) + "/" + sha + ".pdf";
    List<Asset> assets = new ArrayList<>(v1.assets());
    assets.removeIf(a -> a.productCodeKey().equals(removed.codeKey()));
    assets.add(
        new Asset(
            "pub-" + sha.substring(0, 12),
            added.codeKey(),
            Asset.Kind.MANUAL,
            addedMediaPath,
            null,
            "application/pdf",
            "manual",
            "게시시험 설명서",
            1,
            sha));
    Catalog v2 =
        new Catalog(
            v1.version() + "-pub2", v1.makers(), v1.categories(), products, assets, v1.bookPages());
    Path dir =
        write(
            v2,
            changes(
                v1.version(),
                List.of(added.codeKey()),
                List.of(renamed.codeKey()),
                List.of(removed.codeKey())));
    Path media = dir.resolveSibling("media").resolve(addedMediaPath);
    Files.createDirectories(media.getParent());
    Files.write(media, manual);
    second = dir;
    return dir;
  }

  private static Response publish(Path dir, String checksum) {
    Map<String, String> body = new HashMap<>();
    body.put("location", dir.toString());
    if (checksum != null) {
      body.put("checksum", checksum);
    }
    return as(ADMIN).body(body).post(PUBLICATIONS);
  }

  private static String servedVersion() {
    return as(ADMIN).get(PUBLICATIONS).then().statusCode(200).extract().path("servedVersion");
  }

  @Test
  @Order(1)
  void refusedPublicationsLeaveTheServedVersionAsItWas() throws Exception {
    String before = servedVersion();
    Path v2 = second();

    publish(v2, "sha256:" + "0".repeat(64))
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/catalog-checksum-mismatch"));

    Path corrupt = write(served(), changes(null, List.of(), List.of(), List.of()));
    Files.writeString(
        corrupt.resolve("products.jsonl"), "{\"code\": \"broken\n", StandardCharsets.UTF_8);
    publish(corrupt, null)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/catalog-invalid"));

    Catalog v1 = served();
    Path contradicting =
        write(
            new Catalog(
                v1.version() + "-bad",
                v1.makers(),
                v1.categories(),
                v1.products(),
                v1.assets(),
                v1.bookPages()),
            changes(v1.version(), List.of(), List.of(), List.of(v1.products().get(0).codeKey())));
    publish(contradicting, null)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/catalog-invalid"));

    publish(PublishingProfile.ROOT.resolve("nowhere"), null)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/catalog-invalid"));

    // The served version as it was; the renamed product's new name finds nothing.
    assertThat(servedVersion()).isEqualTo(before);
    given()
        .param("q", "퍼블리시개정판")
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    // Every attempt is recorded, refused ones with why.
    List<String> states = as(ADMIN).get(PUBLICATIONS).then().extract().path("publications.state");
    assertThat(states).hasSizeGreaterThanOrEqualTo(4).containsOnly("REFUSED");
  }

  /**
   * Two clients search without a pause (the whole catalog and an unchanged product by code, both
   * matching in both versions) while the publication runs; every answer must be 200 with results.
   */
  private static List<String> searchingWhile(Runnable publication, AtomicInteger searches)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean begun = new AtomicBoolean();
    AtomicBoolean ended = new AtomicBoolean();
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        running.add(
            pool.submit(
                () -> {
                  while (!stop.get()) {
                    // Counted when it overlaps the publication: begun before its end, answered
                    // after its start.
                    boolean beforeEnd = !ended.get();
                    Response all = given().get("/api/search");
                    if (all.statusCode() != 200
                        || all.path("total") == null
                        || ((Number) all.path("total")).longValue() == 0) {
                      wrong.add("match-all: " + all.statusCode() + " " + all.asString());
                    }
                    Response byCode = given().param("q", unchangedCode).get("/api/search");
                    List<String> codes = byCode.path("hits.code");
                    if (byCode.statusCode() != 200
                        || codes == null
                        || !codes.contains(unchangedCode)) {
                      wrong.add("by code: " + byCode.statusCode() + " " + codes);
                    }
                    if (beforeEnd && begun.get()) {
                      searches.addAndGet(2);
                    }
                  }
                }));
      }
      Thread.sleep(300);
      begun.set(true);
      publication.run();
      ended.set(true);
      Thread.sleep(300);
      stop.set(true);
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
    return wrong;
  }

  @Test
  @Order(2)
  void aPublishedVersionIsServedAsPartialUpdatesWhileSearchesGoOn() throws Exception {
    Path v2 = second();
    String checksum = CatalogChecksum.of(v2);
    AtomicInteger searches = new AtomicInteger();
    Map<String, Object> answer = new HashMap<>();

    List<String> wrong =
        searchingWhile(
            () ->
                answer.putAll(
                    publish(v2, checksum).then().statusCode(201).extract().jsonPath().getMap("")),
            searches);

    assertThat(wrong).isEmpty();
    assertThat(searches.get()).as("searches overlapping the publication").isPositive();
    assertThat(answer)
        .containsEntry("state", "PUBLISHED")
        .containsEntry("mode", "PARTIAL")
        .containsEntry("checksum", checksum)
        .containsEntry("productsRemoved", 1);
    assertThat(servedVersion()).endsWith("-pub2");
    // Changed, added and removed products, in search and on their pages.
    assertThat(
            given()
                .param("q", "퍼블리시개정판")
                .get("/api/search")
                .then()
                .extract()
                .<List<String>>path("hits.code"))
        .containsExactly(renamedCode);
    assertThat(
            given()
                .param("q", addedCode)
                .get("/api/search")
                .then()
                .extract()
                .<List<String>>path("hits.code"))
        .contains(addedCode);
    given().get("/api/products/{code}", removedCode).then().statusCode(404);
    given().get("/api/products/{code}", addedCode).then().statusCode(200);
    // Its manual travelled with it into the shared, content-addressed media store.
    given().get("/media/" + addedMediaPath).then().statusCode(200);
    assertThat(CatalogPaths.mediaDir(config).resolve(addedMediaPath)).exists();
  }

  @Test
  @Order(3)
  void anOlderOrTheSameVersionIsRefused() throws Exception {
    String before = servedVersion();

    publish(second(), null)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/catalog-outdated"));
    // The first version, served before the second: going back is not a publication.
    Path firstAgain = PublishingProfile.ROOT.resolve("data").resolve("catalog");
    publish(firstAgain, null)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/catalog-outdated"));

    assertThat(servedVersion()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void aVersionWithChangedCategoriesIsAFullBuildWhileSearchesGoOn() throws Exception {
    Catalog v2 = new CatalogStore(second()).read();
    var categories = new ArrayList<>(v2.categories());
    var c = categories.get(0);
    categories.set(
        0, new kr.catalog.model.Category(c.id(), c.parentId(), c.nameKo() + "류", c.nameEn()));
    Catalog v3 =
        new Catalog(
            v2.version() + "-pub3",
            v2.makers(),
            categories,
            v2.products(),
            v2.assets(),
            v2.bookPages());
    Path dir = write(v3, changes(v2.version(), List.of(), List.of(), List.of()));
    AtomicInteger searches = new AtomicInteger();
    Map<String, Object> answer = new HashMap<>();

    List<String> wrong =
        searchingWhile(
            () ->
                answer.putAll(
                    publish(dir, null).then().statusCode(201).extract().jsonPath().getMap("")),
            searches);

    assertThat(wrong).isEmpty();
    assertThat(searches.get()).as("searches overlapping the publication").isPositive();
    assertThat(answer).containsEntry("state", "PUBLISHED").containsEntry("mode", "FULL");
    assertThat(servedVersion()).endsWith("-pub3");
  }
}
