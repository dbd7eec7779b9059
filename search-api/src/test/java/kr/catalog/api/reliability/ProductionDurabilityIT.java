package kr.catalog.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.catalog.embeddedpostgres.Archives;
import kr.catalog.embeddedpostgres.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 on PostgreSQL as production runs it: the packaged platform in a child process with the
 * {@code prod} profile (database from {@code CATALOG_DB_*}, as docker-compose passes it), on a
 * PostgreSQL of its own started with production's durability settings ({@code fsync}, {@code
 * synchronous_commit} and {@code full_page_writes} on: {@link EmbeddedPostgres#DURABLE_SETTINGS},
 * the values docker-compose leaves at PostgreSQL's defaults).
 *
 * <p>Two faults, each while clients place orders with Idempotency-Keys: the API killed with SIGKILL
 * (then started again), and PostgreSQL itself killed with SIGKILL, the postmaster and all its
 * backends (then started again: it replays its write-ahead log; the API keeps running and its pool
 * reconnects). After each, every request is retried with its key: every order confirmed before the
 * fault is found with its id, none twice, and the units reserved equal the orders.
 */
class ProductionDurabilityIT {

  private static final int CLIENTS = 6;

  private static EmbeddedPostgres postgres;
  private static ChildPlatform app;
  private static String warehouse;
  private static long onHand = 10_000_000;
  private static long reservedBefore;
  private static final OrderLedger LEDGER = new OrderLedger();
  private static final Random RANDOM = new Random();
  private static final List<String> FIGURES = new ArrayList<>();

  @BeforeAll
  static void startPlatformOnDurablePostgres() throws Exception {
    Path work = Path.of("target", "durability", "production").toAbsolutePath();
    postgres = EmbeddedPostgres.in(work.resolve("postgres"), "catalogdb");
    postgres.stop();
    Archives.deleteRecursively(work.resolve("postgres"));
    EmbeddedPostgres.Connection db = postgres.startOrReuse();

    List<String> settings = new ArrayList<>();
    settings.add("-Dquarkus.profile=prod");
    settings.addAll(ChildPlatform.catalogSettings());
    app =
        new ChildPlatform(
            settings,
            Map.of(
                "CATALOG_DB_URL", db.jdbcUrl(),
                "CATALOG_DB_USER", db.username(),
                "CATALOG_DB_PASSWORD", db.password(),
                "CATALOG_SEARCH_BACKEND", "lucene",
                "CATALOG_SEED_DEMO", "true"),
            work.resolve("platform.log"));
    app.start();
    warehouse = app.login("warehouse");
    OrderLedger.stockUp(app, warehouse, onHand);
    reservedBefore = OrderLedger.stock(app, warehouse).reserved();
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (app != null) {
      app.stop();
    }
    if (postgres != null) {
      postgres.stop();
    }
    Path file = Path.of("target", "reliability", "production-durability.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        String.join("\n", FIGURES) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  @Test
  void confirmedOrdersSurviveTheApiKilled() throws Exception {
    long delay = orderUntil("api-kill", () -> app.kill());
    app.start();
    check("API killed", delay);
  }

  @Test
  void confirmedOrdersSurvivePostgresqlKilled() throws Exception {
    long delay =
        orderUntil(
            "postgres-kill",
            () -> {
              List<ProcessHandle> victims = new ArrayList<>();
              ProcessHandle.of(postgres.postmasterPid())
                  .ifPresent(
                      postmaster -> {
                        victims.add(postmaster);
                        victims.addAll(postmaster.descendants().toList());
                      });
              assertThat(victims).as("the postmaster and its backends").isNotEmpty();
              victims.forEach(ProcessHandle::destroyForcibly);
              for (ProcessHandle victim : victims) {
                victim.onExit().get(30, TimeUnit.SECONDS);
              }
            });
    // Started again on the same port, as a service manager would restart it: crash recovery.
    postgres.startOrReuse();
    check("PostgreSQL killed", delay);
  }

  private interface Fault {
    void inflict() throws Exception;
  }

  /**
   * Clients order until the fault, at a random moment within 2 s of the first confirmed order;
   * returns that moment in ms.
   */
  private static long orderUntil(String run, Fault fault) throws Exception {
    Map<String, String> tokens = tokens();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients =
        LEDGER.startClients(app, tokens, CLIENTS, run + "-" + System.nanoTime(), stop);
    LEDGER.awaitFirstConfirmation();
    long delay = RANDOM.nextInt(2_000);
    Thread.sleep(delay);
    fault.inflict();
    stop.set(true);
    OrderLedger.awaitClients(clients);
    return delay;
  }

  private static void check(String fault, long delay) throws Exception {
    OrderLedger.Outcome outcome = LEDGER.retryRound(app, tokens());
    FIGURES.add(
        String.format(
            Locale.ROOT,
            "%s %d ms after the first confirmation: sent %d, confirmed %d, lost %d, in flight committed %d / not %d",
            fault,
            delay,
            outcome.sent(),
            outcome.confirmed(),
            outcome.lost().size(),
            outcome.unansweredCommitted(),
            outcome.unansweredNotCommitted()));
    assertThat(outcome.confirmed()).as("orders were confirmed before the fault").isPositive();
    assertThat(outcome.lost()).as("confirmed orders lost or answered with another order").isEmpty();
    OrderLedger.Stock stock = OrderLedger.stock(app, app.login("warehouse"));
    assertThat(stock.onHand()).isEqualTo(onHand);
    assertThat(stock.reserved()).isEqualTo(reservedBefore + LEDGER.units());
    assertThat(stock.available()).isEqualTo(onHand - reservedBefore - LEDGER.units());
  }

  private static Map<String, String> tokens() throws IOException, InterruptedException {
    Map<String, String> tokens = new HashMap<>();
    for (String user : OrderLedger.USERS) {
      tokens.put(user, app.login(user));
    }
    return tokens;
  }
}
