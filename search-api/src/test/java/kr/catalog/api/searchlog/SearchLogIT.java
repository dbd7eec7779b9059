package kr.catalog.api.searchlog;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import kr.catalog.api.config.SearchLogConfig;
import kr.catalog.search.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The search log on the real PostgreSQL (issue #19, point 4): every search recorded with what ran,
 * marketing's reports over a period, refusals of bad periods and pages, the retention purge, and a
 * search that never waits for the log when its database is slow or its queue full.
 */
@QuarkusTest
class SearchLogIT {

  @Inject SearchLog log;
  @Inject SearchLogWriter writer;
  @Inject SearchLogConfig config;
  @Inject AgroalDataSource dataSource;

  /**
   * A word no product has and no typo correction reaches (double consonants and rare vowels and
   * finals), new per test so counts start from zero on the database the test classes share.
   */
  private static String unknownWord() {
    Random random = new Random();
    String[] syllables = {"뀄", "뛞", "쀍", "쮧", "꿻", "뙳", "쀓", "쬷"};
    StringBuilder word = new StringBuilder("쀍뛝");
    for (int i = 0; i < 4; i++) {
      word.append(syllables[random.nextInt(syllables.length)]);
    }
    return word.toString();
  }

  private static JsonPath search(String q, Map<String, ?> more, String referer) {
    var request = given().queryParam("q", q).queryParams(more);
    if (referer != null) {
      request = request.header("Referer", referer);
    }
    return request.get("/api/search").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath report(String kind) {
    // The largest page: other test classes on this database search too.
    return as(MARKETING)
        .queryParam("size", "200")
        .get(kind.isEmpty() ? "/api/marketing/search-log" : "/api/marketing/search-log/" + kind)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> row(JsonPath report, String query) {
    List<Map<String, Object>> rows = report.getList("queries");
    return rows.stream().filter(r -> query.equals(r.get("query"))).findFirst().orElse(null);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private long rows(String queryKey) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM search_log WHERE query_key = ?")) {
      s.setString(1, queryKey);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void zeroResultQueriesAreRecordedAndReportedGroupedAcrossSpacingAndCase() {
    String word = unknownWord();
    // Typed three ways that are one query for marketing: spacing inside and around, width.
    String spaced = word.substring(0, 3) + " " + word.substring(3);
    assertThat(search(word, Map.of(), "http://localhost/index.html").getInt("total")).isZero();
    assertThat(search(" " + spaced, Map.of("category", "04.01"), null).getInt("total")).isZero();
    assertThat(search(word, Map.of("flag", "in_stock"), null).getInt("total")).isZero();

    await("three searches recorded", () -> rows(Vocabulary.key(word)) == 3);
    Map<String, Object> zero = row(report("zero-results"), word);
    assertThat(zero).as("in the zero-result report").isNotNull();
    assertThat(zero.get("searches")).isEqualTo(3);
    assertThat(zero.get("zeroResults")).isEqualTo(3);
    assertThat(zero.get("inVocabulary")).isEqualTo(false);

    // The row keeps what the reports need and nothing about who searched.
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT query, filters, hits, corrected_to, backend, latency_micros, surface, page"
                    + " FROM search_log WHERE query_key = ? ORDER BY id")) {
      s.setString(1, Vocabulary.key(word));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getString("query")).isEqualTo(word);
        assertThat(r.getString("filters")).isNull();
        assertThat(r.getString("surface")).isEqualTo("/index.html");
        assertThat(r.getString("backend")).isIn("lucene", "elasticsearch");
        assertThat(r.getInt("latency_micros")).isPositive();
        assertThat(r.getInt("page")).isEqualTo(1);
        r.next();
        assertThat(r.getString("query")).isEqualTo(spaced);
        assertThat(r.getString("filters")).isEqualTo("category=04.01");
        assertThat(r.getString("surface")).isEqualTo("api");
        assertThat(r.getString("corrected_to")).isNull();
        r.next();
        assertThat(r.getString("filters")).isEqualTo("flag=in_stock");
      }
      for (String personal : List.of("user", "session", "address", "ip")) {
        assertThat(hasColumnLike(c, personal)).as("a column for " + personal).isFalse();
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean hasColumnLike(Connection c, String part) throws SQLException {
    try (ResultSet columns = c.getMetaData().getColumns(null, null, "search_log", "%")) {
      while (columns.next()) {
        if (columns.getString("COLUMN_NAME").contains(part)) {
          return true;
        }
      }
      return false;
    }
  }

  @Test
  void topQueriesCountEverySearchAndCorrectedOnesNameTheirCorrection() {
    long drills = search("드릴", Map.of(), null).getLong("total");
    assertThat(drills).isPositive();
    long before = rows("드릴");
    // Other tests in this JVM searched 드릴 too, some with filters that found nothing.
    Map<String, Object> earlier = row(report("top"), "드릴");
    long zeroBefore = earlier == null ? 0 : ((Number) earlier.get("zeroResults")).longValue();
    search("드릴", Map.of(), null);
    search("드릴", Map.of("page", "2"), null);
    // 보쒸 is one jamo off 보쉬 (Bosch): the correction runs and finds Bosch's products.
    JsonPath corrected = search("보쒸", Map.of(), null);
    assertThat(corrected.getString("correctedFrom")).isEqualTo("보쒸");
    // 기리 is a shop-floor word for a drill bit: the vocabulary expands it.
    search("기리", Map.of(), null);

    await("the searches recorded", () -> rows("드릴") == before + 2 && rows("기리") >= 1);
    Map<String, Object> top = row(report("top"), "드릴");
    assertThat(top).isNotNull();
    assertThat(((Number) top.get("searches")).longValue()).isEqualTo(before + 2);
    assertThat(((Number) top.get("zeroResults")).longValue()).isEqualTo(zeroBefore);
    assertThat(((Number) top.get("averageHits")).longValue()).isPositive();

    await("the correction recorded", () -> row(report("corrected"), "보쒸") != null);
    Map<String, Object> fix = row(report("corrected"), "보쒸");
    assertThat(fix.get("correctedTo")).isEqualTo("보쉬");
    assertThat(((Number) fix.get("averageHits")).longValue()).isPositive();

    Map<String, Object> giri = row(report("top"), "기리");
    assertThat((String) giri.get("expandedTo")).startsWith("기리 → ").contains("드릴");
    assertThat(giri.get("inVocabulary")).isEqualTo(true);

    JsonPath summary = report("");
    assertThat(summary.getLong("totals.searches")).isGreaterThanOrEqualTo(5);
    assertThat(summary.getLong("totals.corrected")).isPositive();
    assertThat(summary.getLong("totals.expanded")).isPositive();
    assertThat(summary.getDouble("totals.medianLatencyMillis")).isPositive();
  }

  @Test
  void theReportsAreForMarketingAndAdminsOnly() {
    given().get("/api/marketing/search-log/top").then().statusCode(401);
    as(CUSTOMER).get("/api/marketing/search-log/zero-results").then().statusCode(403);
    as(ADMIN).get("/api/marketing/search-log/corrected").then().statusCode(200);
    as(MARKETING).get("/api/marketing/search-log").then().statusCode(200);
  }

  @Test
  void badPeriodsAndPagesAreRefusedNamingTheParameter() {
    refused(Map.of("from", "2026-03-10", "to", "2026-03-01"), "from");
    refused(Map.of("from", "2026-02-30"), "from");
    refused(Map.of("to", "yesterday"), "to");
    refused(Map.of("from", "2024-01-01", "to", "2026-01-01"), "from");
    refused(Map.of("size", "201"), "size");
    refused(Map.of("page", "0"), "page");
    // A period in the past is fine, and empty.
    as(MARKETING)
        .queryParams(Map.of("from", "2020-01-01", "to", "2020-01-31"))
        .get("/api/marketing/search-log/top")
        .then()
        .statusCode(200)
        .body("from", equalTo("2020-01-01"))
        .body("to", equalTo("2020-01-31"))
        .body("queries.size()", equalTo(0))
        .body("hasMore", equalTo(false));
  }

  private static void refused(Map<String, String> params, String parameter) {
    String body =
        as(MARKETING)
            .queryParams(params)
            .get("/api/marketing/search-log/top")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .asString();
    assertThat(body).as(params.toString()).contains(parameter);
  }

  @Test
  void theReportsPageWithABound() {
    for (int i = 0; i < 3; i++) {
      search(unknownWord(), Map.of(), null);
    }
    await(
        "recorded",
        () -> log.queued() == 0 && report("zero-results").getList("queries").size() >= 3);
    JsonPath first =
        as(MARKETING)
            .queryParams(Map.of("size", "2"))
            .get("/api/marketing/search-log/zero-results")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getList("queries")).hasSize(2);
    assertThat(first.getBoolean("hasMore")).isTrue();
    JsonPath second =
        as(MARKETING)
            .queryParams(Map.of("size", "2", "page", "2"))
            .get("/api/marketing/search-log/zero-results")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getList("queries.query", String.class))
        .isNotEmpty()
        .doesNotContainAnyElementsOf(first.getList("queries.query", String.class));
  }

  @Test
  void thePurgeDeletesRowsPastTheirRetentionAndTheOldestBeyondTheSizeBound() throws Exception {
    String old = unknownWord();
    Instant longAgo = Instant.now().minus(config.retention()).minus(Duration.ofDays(1));
    writer.write(
        List.of(
            SearchLogRow.of(
                new SearchEvent(
                    longAgo, old, old, false, 0, Map.of(), null, "lucene", 1_000, "api", 1))));
    assertThat(rows(Vocabulary.key(old))).isEqualTo(1);
    assertThat(log.purge()).isPositive();
    assertThat(rows(Vocabulary.key(old))).isZero();

    // The size bound: keeping one row fewer than there are deletes exactly the oldest one.
    long count;
    long oldest;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), min(id) FROM search_log")) {
      r.next();
      count = r.getLong(1);
      oldest = r.getLong(2);
    }
    assertThat(count).isPositive();
    assertThat(writer.purge(Instant.EPOCH, count - 1)).isEqualTo(1);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM search_log WHERE id = ?")) {
      s.setLong(1, oldest);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getLong(1)).isZero();
      }
    }
  }

  /**
   * The search's answer, which must come while the log's table stays locked: a search that waited
   * for its log entry's insert would wait until the test releases the lock, after this bound (far
   * above a search's time even on a loaded machine).
   */
  private static JsonPath whileLocked(java.util.function.Supplier<JsonPath> search)
      throws Exception {
    try {
      return CompletableFuture.supplyAsync(search).get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the search waited for the locked search_log table", e);
    }
  }

  /**
   * The log's table is locked by another transaction (a database that takes as long as it likes to
   * write): searches answer as fast as ever, their entries wait in the queue and are written once
   * the lock goes. Then the queue is filled to its capacity: searches still answer at once and
   * their entries are dropped and counted, not waited for.
   */
  @Test
  void aSearchNeverWaitsForTheLogWhenItsDatabaseIsSlowOrItsQueueFull() throws Exception {
    String slow = unknownWord();
    String flood = unknownWord();
    // Warm: the bound below is for a search that waits on the lock, not for a cold first one.
    search("드릴", Map.of(), null);
    int flooded = 0;
    try (Connection locker = dataSource.getConnection()) {
      locker.setAutoCommit(false);
      try (Statement s = locker.createStatement()) {
        s.execute("LOCK TABLE search_log IN EXCLUSIVE MODE");
      }
      try {
        assertThat(whileLocked(() -> search(slow, Map.of(), null)).getInt("total")).isZero();
        // The worker is stuck in its insert; the entry is queued or in that batch, not written.
        Thread.sleep(300);
        // EXCLUSIVE blocks writers, not readers.
        assertThat(rows(Vocabulary.key(slow))).isZero();

        // Fill the queue (the worker cannot empty it while the table is locked).
        int capacity = config.queueCapacity();
        while (log.queued() < capacity) {
          log.record(
              new SearchEvent(
                  Instant.now(), flood, flood, false, 0, Map.of(), null, "lucene", 1, "api", 1));
          flooded++;
        }
        assertThat(log.queued()).isEqualTo(capacity);
        long dropped = log.dropped();
        for (int i = 0; i < 5; i++) {
          whileLocked(() -> search("드릴", Map.of(), null));
        }
        assertThat(log.dropped()).as("the five entries dropped and counted").isEqualTo(dropped + 5);
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertThat(metrics).contains("catalog_search_log_dropped_total{reason=\"queue_full\"}");
      } finally {
        locker.rollback();
      }
    }
    await("the queue written once the lock is gone", () -> log.queued() == 0);
    await("the slow search recorded", () -> rows(Vocabulary.key(slow)) == 1);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM search_log WHERE query_key = ?")) {
      // Await the batch in flight too, then leave no flood behind for the other reports.
      long expected = flooded;
      await("the flood written", () -> rows(Vocabulary.key(flood)) == expected);
      s.setString(1, Vocabulary.key(flood));
      s.executeUpdate();
    }
    assertThat(Set.of(rows(Vocabulary.key(flood)))).containsExactly(0L);
  }
}
