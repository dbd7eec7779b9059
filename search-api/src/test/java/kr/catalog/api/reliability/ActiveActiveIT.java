package kr.catalog.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import kr.catalog.api.cluster.ClusterBus;
import kr.catalog.embeddedpostgres.Archives;
import kr.catalog.embeddedpostgres.EmbeddedPostgres;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogJson;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Product;
import kr.catalog.sample.SampleCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, active-active: two packaged API instances (child processes, {@code prod} profile, as
 * behind nginx) on one PostgreSQL, each with an embedded Lucene index of its own, so that nothing
 * but the database and its notifications connects them. A change made through one instance must be
 * served by the other within seconds: a collection (curation snapshot), a vocabulary entry, a stock
 * count (the {@code in_stock} flag of the other's own index); the log-in throttle counts failures
 * made at both; and after the bus lost its connection, what changed meanwhile is read again.
 */
class ActiveActiveIT {

  /** Longest wait accepted on this shared 2-core machine; the figures file has the times seen. */
  private static final long WITHIN_MILLIS = 5_000;

  private static final String PRODUCT = "BL-565-2";

  /** A publication is applied by each instance to its own index: a little longer allowed. */
  private static final long PUBLISH_WITHIN_MILLIS = 20_000;

  private static EmbeddedPostgres postgres;
  private static EmbeddedPostgres.Connection db;
  private static ChildPlatform a;
  private static ChildPlatform b;
  private static final List<String> FIGURES = new ArrayList<>();

  @BeforeAll
  static void startTwoInstances() throws Exception {
    Path work = Path.of("target", "cluster").toAbsolutePath();
    postgres = EmbeddedPostgres.in(work.resolve("postgres"), "catalogdb");
    postgres.stop();
    Archives.deleteRecursively(work.resolve("postgres"));
    db = postgres.startOrReuse();
    // One catalog, written once (as catalog-ingest's output shared by the instances); each instance
    // has its own data directory, hence its own Lucene index.
    SampleCatalog.ensure(ChildPlatform.sharedDataDir());
    a = instance(work, "a");
    b = instance(work, "b");
    // One after the other: the first migrates the schema and seeds the demo data.
    a.start();
    b.start();
  }

  private static ChildPlatform instance(Path work, String name) throws IOException {
    Path dir = work.resolve(name);
    Archives.deleteRecursively(dir.resolve("data"));
    return new ChildPlatform(
        List.of(
            "-Dquarkus.profile=prod",
            // Two platforms starting on a shared 2-core machine at load 40 waited over the
            // production 3 s for their first connection; the test is about what happens after.
            "-Dquarkus.datasource.jdbc.acquisition-timeout=30S",
            "-Dquarkus.datasource.jdbc.login-timeout=20S",
            "-Dcatalog.data-dir=" + dir.resolve("data"),
            // Published versions are kept where every instance reads them (like the media).
            "-Dcatalog.publish.store-dir=" + work.resolve("published"),
            "-Dcatalog.bootstrap.catalog-dir=" + ChildPlatform.sharedDataDir().resolve("catalog")),
        Map.of(
            "CATALOG_DB_URL", db.jdbcUrl(),
            "CATALOG_DB_USER", db.username(),
            "CATALOG_DB_PASSWORD", db.password(),
            "CATALOG_SEARCH_BACKEND", "lucene",
            "CATALOG_SEED_DEMO", "true"),
        dir.resolve("platform.log"));
  }

  @AfterAll
  static void stopAll() throws Exception {
    for (ChildPlatform app : new ChildPlatform[] {a, b}) {
      if (app != null) {
        app.stop();
      }
    }
    if (postgres != null) {
      postgres.stop();
    }
    Path file = Path.of("target", "reliability", "active-active.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        String.join("\n", FIGURES) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  @Test
  void aCollectionCreatedOnOneInstanceIsServedByTheOther() throws Exception {
    String marketing = a.login("marketing");
    String slug = "cluster-" + System.nanoTime();
    assertThat(b.get("/api/collections", null).body()).doesNotContain(slug);
    Instant now = Instant.now();
    HttpResponse<String> created =
        a.send(
            "POST",
            "/api/collections",
            marketing,
            String.format(
                Locale.ROOT,
                """
            {"slug":"%s","type":"RECOMMENDED","titleKo":"두 인스턴스 기획전",
             "startsAt":"%s","endsAt":"%s","products":["%s"]}""",
                slug,
                now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.DAYS),
                PRODUCT),
            null);
    assertThat(created.statusCode()).as("created: %s", created.body()).isEqualTo(201);
    long took = await("collection on B", b, "/api/collections", body -> body.contains(slug));
    FIGURES.add("collection created on A, served by B after " + took + " ms");
  }

  @Test
  void aVocabularyEntryAddedOnOneInstanceExpandsSearchesOnTheOther() throws Exception {
    String marketing = a.login("marketing");
    // A word no product has: it finds products only through the new entry.
    String word = "클러스터어휘" + (System.nanoTime() % 100_000);
    String search = "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
    assertThat(total(b.get(search, null))).as("before: %s finds nothing", word).isZero();
    HttpResponse<String> created =
        a.send(
            "POST",
            "/api/marketing/vocabulary",
            marketing,
            String.format(
                Locale.ROOT,
                """
            {"terms":["%s","멀티미터"],"direction":"TWO_WAY","kind":"SYNONYM"}""",
                word),
            null);
    assertThat(created.statusCode()).as("created: %s", created.body()).isEqualTo(201);
    long took = await("vocabulary on B", b, search, body -> total(body) > 0);
    FIGURES.add("vocabulary entry added on A, expands searches on B after " + took + " ms");
  }

  @Test
  void aStockCountOnOneInstanceChangesTheInStockFlagOfTheOthersIndex() throws Exception {
    String warehouse = a.login("warehouse");
    String inStock = "/api/search?flag=in_stock&q=" + PRODUCT;
    setStock(warehouse, 100);
    await("in stock on B", b, inStock, body -> hasProduct(body));
    setStock(warehouse, 0);
    long took = await("sold out on B", b, inStock, body -> !hasProduct(body));
    FIGURES.add("stock set to 0 on A, out of flag=in_stock on B's own index after " + took + " ms");
    setStock(warehouse, 100);
    took = await("in stock again on B", b, inStock, body -> hasProduct(body));
    FIGURES.add("stock set to 100 on A, back in flag=in_stock on B after " + took + " ms");
  }

  @Test
  void aCatalogVersionPublishedOnOneInstanceIsServedByTheOther() throws Exception {
    // The next version as catalog-ingest writes it: the served one with one product renamed to a
    // word nothing else has, and its changes.json against the served version.
    Catalog served = new CatalogStore(ChildPlatform.sharedDataDir().resolve("catalog")).read();
    String word = "게시전파" + (System.nanoTime() % 100_000);
    String search = "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
    assertThat(total(b.get(search, null))).as("before: %s finds nothing", word).isZero();
    List<Product> products = new ArrayList<>(served.products());
    Product old =
        products.stream().filter(p -> !p.discontinued()).skip(11).findFirst().orElseThrow();
    Product renamed =
        new Product(
            old.code(),
            old.codeKey(),
            old.family(),
            old.nameKo() + " " + word,
            old.nameEn(),
            old.makerId(),
            old.categoryId(),
            old.listPrice(),
            old.origin(),
            old.brand(),
            old.privateBrand(),
            old.newProduct(),
            old.discontinued(),
            old.specs(),
            old.videoUrls(),
            old.releasedOn(),
            old.identifiers());
    products.set(products.indexOf(old), renamed);
    // One product added (a copy under a new code) and one removed: all three kinds of change.
    String addedCode = "AAP" + (System.nanoTime() % 1_000_000);
    Product added =
        new Product(
            addedCode,
            addedCode,
            old.family(),
            old.nameKo() + " 신규",
            old.nameEn(),
            old.makerId(),
            old.categoryId(),
            old.listPrice(),
            old.origin(),
            old.brand(),
            old.privateBrand(),
            true,
            false,
            old.specs(),
            List.of(),
            old.releasedOn(),
            List.of());
    products.add(added);
    Product removed =
        products.stream()
            .filter(p -> !p.discontinued() && !p.code().equals(PRODUCT) && p != renamed)
            .skip(23)
            .findFirst()
            .orElseThrow();
    products.remove(removed);
    assertThat(b.get("/api/products/" + removed.codeKey(), null).statusCode())
        .as("before: B serves the product the version removes")
        .isEqualTo(200);
    Catalog next =
        new Catalog(
            served.version() + "-aa",
            served.makers(),
            served.categories(),
            products,
            served.assets(),
            served.bookPages());
    Path out =
        Path.of("target", "cluster", "next-" + System.nanoTime(), "catalog").toAbsolutePath();
    new CatalogStore(out)
        .write(
            next,
            "ActiveActiveIT",
            dir ->
                CatalogJson.mapper()
                    .writeValue(
                        dir.resolve("changes.json").toFile(),
                        Map.of(
                            "fromVersion", served.version(),
                            "added", List.of(added.codeKey()),
                            "updated", List.of(renamed.codeKey()),
                            "removed", List.of(removed.codeKey()))));
    Files.createDirectories(out.resolveSibling("media"));

    long started = System.nanoTime();
    HttpResponse<String> published =
        a.send(
            "POST",
            "/api/admin/catalog/publications",
            a.login("admin"),
            "{\"location\":\"" + out.toString().replace("\\", "\\\\") + "\"}",
            null);
    assertThat(published.statusCode()).as("published: %s", published.body()).isIn(200, 201);
    assertThat(total(a.get(search, null))).as("A serves it once published").isPositive();
    // B hears of it on the bus (polling is its safety net) and updates its own Lucene index.
    awaitWithin("the publication on B", b, search, body -> total(body) > 0, PUBLISH_WITHIN_MILLIS);
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    for (ChildPlatform at : new ChildPlatform[] {a, b}) {
      assertThat(at.get("/api/products/" + added.codeKey(), null).statusCode())
          .as("the added product is served")
          .isEqualTo(200);
      assertThat(at.get("/api/products/" + removed.codeKey(), null).statusCode())
          .as("the removed product is gone")
          .isEqualTo(404);
    }
    FIGURES.add(
        "catalog version published on A (partial: 1 changed, 1 added, 1 removed), served by B "
            + took
            + " ms after the request");
  }

  @Test
  void theLogInThrottleCountsFailuresMadeAtBothInstances() throws Exception {
    // Six wrong passwords from one address, alternating: three per instance, fewer than the five
    // an instance counting alone would allow; counted together the pair is locked.
    String address = "203.0.113.151";
    for (int i = 0; i < 6; i++) {
      ChildPlatform at = i % 2 == 0 ? a : b;
      HttpResponse<String> failed = login(at, "customer2", "guess-" + i, address);
      assertThat(failed.statusCode()).as("guess %d: %s", i, failed.body()).isEqualTo(401);
    }
    for (ChildPlatform at : new ChildPlatform[] {a, b}) {
      HttpResponse<String> locked = login(at, "customer2", "customer2-demo", address);
      assertThat(locked.statusCode())
          .as("even the right password waits at either instance: %s", locked.body())
          .isEqualTo(429);
    }
    // Another address is not locked (the lock falls on the one who fails).
    assertThat(login(b, "customer2", "customer2-demo", "198.51.100.151").statusCode())
        .isEqualTo(200);
  }

  @Test
  void changesMissedWhileTheBusWasDisconnectedAreReadAgain() throws Exception {
    String marketing = a.login("marketing");
    String slug = "resync-" + System.nanoTime();
    Instant now = Instant.now();
    HttpResponse<String> created =
        a.send(
            "POST",
            "/api/collections",
            marketing,
            String.format(
                Locale.ROOT,
                """
            {"slug":"%s","type":"SEASONAL","titleKo":"처음 제목",
             "startsAt":"%s","endsAt":"%s","products":["%s"]}""",
                slug,
                now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.DAYS),
                PRODUCT),
            null);
    assertThat(created.statusCode()).isEqualTo(201);
    await("collection on B", b, "/api/collections", body -> body.contains(slug));
    // A change no notification announces (as if sent while B's bus was down)...
    String title = "다시 읽은 제목 " + (System.nanoTime() % 10_000);
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
      try (PreparedStatement update =
          c.prepareStatement("update promo_collection set title_ko = ? where slug = ?")) {
        update.setString(1, title);
        update.setString(2, slug);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      Thread.sleep(1_500);
      assertThat(b.get("/api/collections", null).body())
          .as("nothing announced it: B still serves its snapshot")
          .doesNotContain(title);
      // ...then every bus connection is cut: each instance listens again and reloads.
      try (PreparedStatement cut =
          c.prepareStatement(
              "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                  + " where application_name = ?")) {
        cut.setString(1, ClusterBus.APPLICATION_NAME);
        try (ResultSet rs = cut.executeQuery()) {
          rs.next();
          assertThat(rs.getInt(1)).as("both instances' bus connections").isEqualTo(2);
        }
      }
    }
    long took = await("reloaded on B", b, "/api/collections", body -> body.contains(title));
    await("reloaded on A", a, "/api/collections", body -> body.contains(title));
    FIGURES.add("bus connections terminated: B reloaded the missed change after " + took + " ms");
    // And the bus works again afterwards.
    HttpResponse<String> deleted =
        a.http.send(
            java.net.http.HttpRequest.newBuilder(a.uri("/api/collections/" + slug))
                .header("Authorization", "Bearer " + marketing)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(deleted.statusCode()).as("deleted: %s", deleted.body()).isBetween(200, 204);
    await("deletion on B", b, "/api/collections", body -> !body.contains(slug));
  }

  private static void setStock(String warehouse, long onHand) throws Exception {
    HttpResponse<String> set =
        a.send("PUT", "/api/stock/" + PRODUCT, warehouse, "{\"onHand\":" + onHand + "}", null);
    assertThat(set.statusCode()).as("stock: %s", set.body()).isEqualTo(200);
  }

  private static HttpResponse<String> login(
      ChildPlatform at, String user, String password, String address)
      throws IOException, InterruptedException {
    // The test's connection comes from 127.0.0.1, a trusted proxy by default: it names the client.
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(at.uri("/api/auth/login"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", address)
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}",
                    StandardCharsets.UTF_8))
            .build();
    return at.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static boolean hasProduct(String body) {
    for (JsonNode hit : ChildPlatform.json(body).get("hits")) {
      if (PRODUCT.equals(hit.get("code").asText())) {
        return true;
      }
    }
    return false;
  }

  private static long total(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return total(response.body());
  }

  private static long total(String body) {
    return ChildPlatform.json(body).get("total").asLong();
  }

  /** Polls {@code path} on {@code app} until {@code done}; answers the milliseconds it took. */
  private static long await(String what, ChildPlatform app, String path, Predicate<String> done)
      throws Exception {
    return awaitWithin(what, app, path, done, WITHIN_MILLIS);
  }

  private static long awaitWithin(
      String what, ChildPlatform app, String path, Predicate<String> done, long withinMillis)
      throws Exception {
    long started = System.nanoTime();
    while (true) {
      HttpResponse<String> response = app.get(path, null);
      assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(200);
      long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      if (done.test(response.body())) {
        return took;
      }
      assertThat(took)
          .as(String.format(Locale.ROOT, "%s within %d ms", what, withinMillis))
          .isLessThan(withinMillis);
      Thread.sleep(50);
    }
  }
}
