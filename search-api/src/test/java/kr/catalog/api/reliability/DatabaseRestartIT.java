package kr.catalog.api.reliability;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.Fixtures;
import kr.catalog.api.security.Sessions;
import kr.catalog.testharness.PostgresServer;
import kr.catalog.testharness.TestServers;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted ({@code pg_ctl stop -m fast}, then started again with its data) while client
 * threads place orders through the API, each with its own Idempotency-Key and retrying with the
 * same key until it gets an answer that placed or replayed the order. Meanwhile every refusal must
 * be a retryable 503 problem+json with Retry-After (never a 500, a 401 from a failed session
 * lookup, or a hang); afterwards every key maps to exactly one order and the stock reserved grew by
 * exactly the ordered units. The application is never restarted: its pool recovers by itself.
 *
 * <p>The harness PostgreSQL is shared by all test classes of the JVM; the test waits until it is
 * back and the application is ready again before it ends. Figures go to {@code
 * target/reliability/database-restart.txt} (docs/RELIABILITY.md).
 */
@QuarkusTest
class DatabaseRestartIT {
  private static final int CLIENTS = 4;
  private static final int ORDERS_PER_CLIENT = 15;

  /** How long the database stays down. */
  private static final Duration OUTAGE = Duration.ofMillis(1_500);

  @TestHTTPResource("/api/orders")
  URI orders;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static long reserved() {
    return as(WAREHOUSE)
        .get("/api/stock/{code}", Fixtures.MULTIMETER_COMPACT)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("reserved");
  }

  @Test
  void ordersAcrossADatabaseRestartAreNeitherLostNorDuplicated() throws Exception {
    PostgresServer postgres = TestServers.postgres();
    String token = Sessions.token(CUSTOMER);
    long reservedBefore = reserved();
    as(WAREHOUSE)
        .body(Map.of("onHand", reservedBefore + 10_000))
        .put("/api/stock/{code}", Fixtures.MULTIMETER_COMPACT)
        .then()
        .statusCode(200);

    String run = "db-restart-" + UUID.randomUUID();
    Map<String, Long> orderByKey = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    ConcurrentLinkedQueue<Long> successNanos = new ConcurrentLinkedQueue<>();
    AtomicLong slowestRefusalNanos = new AtomicLong();
    AtomicInteger replays = new AtomicInteger();
    AtomicInteger placed = new AtomicInteger();

    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long restartedAt;
    long stoppedAt;
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        done.add(
            clients.submit(
                () -> {
                  for (int i = 0; i < ORDERS_PER_CLIENT; i++) {
                    String key = run + "-" + client + "-" + i;
                    placeUntilAnswered(
                        key,
                        token,
                        orderByKey,
                        statuses,
                        wrong,
                        successNanos,
                        slowestRefusalNanos,
                        replays);
                    placed.incrementAndGet();
                  }
                  return null;
                }));
      }
      // Restart while orders flow: after a few have gone through, before most have.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (placed.get() < CLIENTS * 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      stoppedAt = System.nanoTime();
      postgres.stopKeepingData();
      Thread.sleep(OUTAGE.toMillis());
      postgres.startAgain();
      restartedAt = System.nanoTime();
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
      if (!postgres.isRunning()) {
        postgres.startAgain();
      }
    }

    // Every refusal was a retryable 503 problem with Retry-After, and some were seen: the outage
    // really happened under load.
    assertThat(wrong).isEmpty();
    assertThat(statuses).containsKey(503);

    // Exactly one order per key, none lost, none doubled, and the stock reserved once per order.
    int expected = CLIENTS * ORDERS_PER_CLIENT;
    assertThat(orderByKey).hasSize(expected);
    assertThat(orderByKey.values().stream().distinct().count()).isEqualTo(expected);
    Map<String, Long> stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    CustomerOrder.<CustomerOrder>list("idempotencyKey like ?1", run + "-%").stream()
                        .collect(
                            Collectors.groupingBy(o -> o.idempotencyKey, Collectors.counting())));
    assertThat(stored).hasSize(expected);
    assertThat(stored.values()).allMatch(count -> count == 1);
    assertThat(reserved()).isEqualTo(reservedBefore + expected);

    long firstSuccessAfterRestart =
        successNanos.stream().filter(t -> t >= restartedAt).min(Long::compare).orElse(restartedAt);
    awaitReady();
    report(
        String.format(
            Locale.ROOT,
            "clients=%d orders=%d outageMs=%d (stop to back: %d ms) firstOrderAfterBackMs=%d"
                + " replays=%d slowestRefusalMs=%d statuses=%s%n",
            CLIENTS,
            expected,
            OUTAGE.toMillis(),
            (restartedAt - stoppedAt) / 1_000_000,
            (firstSuccessAfterRestart - restartedAt) / 1_000_000,
            replays.get(),
            slowestRefusalNanos.get() / 1_000_000,
            new TreeMap<>(
                statuses.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())))));
  }

  /** Sends one order until it is placed (201) or replayed (200), retrying with the same key. */
  private void placeUntilAnswered(
      String key,
      String token,
      Map<String, Long> orderByKey,
      Map<Integer, AtomicInteger> statuses,
      List<String> wrong,
      ConcurrentLinkedQueue<Long> successNanos,
      AtomicLong slowestRefusalNanos,
      AtomicInteger replays)
      throws InterruptedException {
    String body =
        String.format(
            Locale.ROOT,
            "{\"channel\":\"WEB\",\"fulfilment\":\"PICKUP\",\"lines\":[{\"code\":\"%s\",\"quantity\":1}]}",
            Fixtures.MULTIMETER_COMPACT);
    HttpRequest request =
        HttpRequest.newBuilder(orders)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < giveUp) {
      long sent = System.nanoTime();
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        wrong.add(key + ": no answer (" + e + ")");
        return;
      }
      long took = System.nanoTime() - sent;
      int status = response.statusCode();
      statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
      if (status == 201 || status == 200) {
        if (status == 200) {
          replays.incrementAndGet();
        }
        orderByKey.put(key, io.restassured.path.json.JsonPath.from(response.body()).getLong("id"));
        successNanos.add(System.nanoTime());
        return;
      }
      slowestRefusalNanos.accumulateAndGet(took, Math::max);
      boolean retryable =
          status == 503
              && response
                  .headers()
                  .firstValue("Content-Type")
                  .orElse("")
                  .startsWith("application/problem+json")
              && response.headers().firstValue("Retry-After").isPresent();
      if (!retryable) {
        wrong.add(key + ": " + status + " " + response.headers().map() + " " + response.body());
        return;
      }
      Thread.sleep(100);
    }
    wrong.add(key + ": not placed within 90 s");
  }

  private static void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Function<Void, Integer> ready = v -> given().get("/q/health/ready").statusCode();
    while (ready.apply(null) != 200) {
      assertThat(System.nanoTime()).as("ready again within 30 s").isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  static void report(String line) throws IOException {
    java.nio.file.Path file =
        java.nio.file.Path.of("target", "reliability", "database-restart.txt");
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, line, StandardCharsets.UTF_8);
  }
}
