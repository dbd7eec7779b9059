package kr.catalog.api.reliability;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kr.catalog.api.order.Fixtures;
import kr.catalog.api.support.ElasticsearchTestProfile;
import kr.catalog.testharness.ElasticsearchNode;
import kr.catalog.testharness.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The whole search backend goes down and comes back: the API runs on the harness Elasticsearch
 * node, which the test stops (SIGTERM, data kept) and starts again. Meanwhile searches answer a
 * quick 503 problem+json with Retry-After, quotes and orders keep working (they never need the
 * search backend), and once the node is back searches answer 200 again by themselves: no restart of
 * the API.
 *
 * <p>"Quick" holds by construction: a stopped node refuses connections at once, and an unreachable
 * one is given up after {@code catalog.search.elasticsearch.connect-timeout} (1 s). The assertion
 * bound is generous (5 s, a shared 2-core build machine); the measured latencies go to {@code
 * target/reliability/search-backend-down.txt} for docs/RELIABILITY.md.
 */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class SearchBackendStopStartIT {

  /** A hang fails the test instead of stalling the build. */
  private static final RestAssuredConfig NO_HANG =
      RestAssured.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.socket.timeout", 20_000)
                  .setParam("http.connection.timeout", 10_000));

  private static Response search() {
    return given().config(NO_HANG).queryParam("q", "드릴").get("/api/search");
  }

  @Test
  void searchAnswers503WhileTheBackendIsDownAndRecoversByItself() throws Exception {
    ElasticsearchNode node = TestServers.elasticsearchNode();
    search().then().statusCode(200);
    as(WAREHOUSE)
        .body(Map.of("onHand", 10_000))
        .put("/api/stock/{code}", Fixtures.MULTIMETER_COMPACT)
        .then()
        .statusCode(200);

    List<Long> downMillis = new ArrayList<>();
    long recoveryMillis;
    try {
      node.stopKeepingData();

      for (int i = 0; i < 20; i++) {
        long sent = System.nanoTime();
        Response down = search();
        downMillis.add((System.nanoTime() - sent) / 1_000_000);
        down.then()
            .statusCode(503)
            .contentType("application/problem+json")
            .header("Retry-After", "5")
            .body("type", equalTo("/problems/search-unavailable"));
      }
      assertThat(downMillis).allMatch(ms -> ms < 5_000);

      // Quotes and orders do not depend on the search backend.
      as(CUSTOMER)
          .body(Map.of("lines", List.of(Map.of("code", Fixtures.MULTIMETER, "quantity", 2))))
          .post("/api/quotes")
          .then()
          .statusCode(201);
      as(CUSTOMER)
          .header("Idempotency-Key", "es-down-" + UUID.randomUUID())
          .body(
              Map.of(
                  "channel",
                  "WEB",
                  "fulfilment",
                  "PICKUP",
                  "lines",
                  List.of(Map.of("code", Fixtures.MULTIMETER_COMPACT, "quantity", 1))))
          .post("/api/orders")
          .then()
          .statusCode(201);
      given()
          .config(NO_HANG)
          .get("/api/products/{code}", Fixtures.MULTIMETER)
          .then()
          .statusCode(200);
    } finally {
      if (!node.isRunning()) {
        node.startAgain();
      }
    }

    // Back by itself: the same application, no restart, answers again.
    long back = System.nanoTime();
    long deadline = back + TimeUnit.SECONDS.toNanos(60);
    Response answer = search();
    while (answer.statusCode() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      answer = search();
    }
    recoveryMillis = (System.nanoTime() - back) / 1_000_000;
    answer.then().statusCode(200);
    assertThat(answer.jsonPath().getLong("total")).isPositive();

    List<Long> sorted = downMillis.stream().sorted().toList();
    Path report = Path.of("target", "reliability", "search-backend-down.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(
        report,
        String.format(
            Locale.ROOT,
            "503 answers=%d medianMs=%d maxMs=%d; searches 200 again %d ms after the node was back"
                + " (health yellow)%n",
            sorted.size(),
            sorted.get(sorted.size() / 2),
            sorted.get(sorted.size() - 1),
            recoveryMillis),
        StandardCharsets.UTF_8);
  }
}
