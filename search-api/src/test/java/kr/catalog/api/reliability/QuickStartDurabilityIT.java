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
import java.util.concurrent.atomic.AtomicBoolean;
import kr.catalog.embeddedpostgres.Archives;
import kr.catalog.embeddedpostgres.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the packaged quick start ({@code ./run.sh}: profile {@code embedded}, its own
 * PostgreSQL under the data directory) never loses an order it confirmed.
 *
 * <p>Each round: several clients place orders, each with its own Idempotency-Key; at a random
 * moment the API and its PostgreSQL (the postmaster and every backend) are killed together with
 * SIGKILL; the platform is started again on the same data; every request of the round is retried
 * with its key. Every order answered 2xx before the kill must come back as the same order (200,
 * same id, and {@code GET /api/orders/{id}} finds it), none twice, and the units reserved must
 * equal those of the orders that exist. Killing every process at once is the closest a test can
 * come to a power cut; what it cannot do is drop the operating system's page cache, so it proves
 * that a commit reached the kernel before it was acknowledged, and the fsync settings checked by
 * the launcher (docs/RELIABILITY.md) carry it to the disk.
 *
 * <p>Short version in {@code ./mvnw verify} ({@value #SHORT_KILLS} kills); {@code
 * -Dcatalog.durability.kills=100} (src/bench/reliability.sh) is the long one. {@code
 * -Dcatalog.durability.app=PATH/quarkus-run.jar} runs it against another build, such as the former
 * H2 quick start, on which it fails (docs/RELIABILITY.md). Figures go to {@code
 * target/reliability/quick-start-durability.txt}.
 */
class QuickStartDurabilityIT {

  static final int SHORT_KILLS = 3;
  private static final int CLIENTS = 6;

  @Test
  void everyConfirmedOrderSurvivesKillsOfTheApiAndItsDatabase() throws Exception {
    int kills = Integer.getInteger("catalog.durability.kills", SHORT_KILLS);
    long seed = Long.getLong("catalog.durability.seed", System.nanoTime());
    Random random = new Random(seed);
    Path work = Path.of("target", "durability", "quick-start").toAbsolutePath();
    Path dataDir = ChildPlatform.sharedDataDir();
    // The catalog and index may have been made by an earlier test (they take a minute); the
    // database starts empty, as on a fresh machine. The former H2 build keeps its database in
    // ./data/db beside the log (its working directory).
    EmbeddedPostgres postgres = EmbeddedPostgres.in(dataDir.resolve("postgres"), "catalogdb");
    postgres.stop();
    Archives.deleteRecursively(dataDir.resolve("postgres"));
    Archives.deleteRecursively(work.resolve("data"));

    List<String> settings = new ArrayList<>();
    settings.add("-Dquarkus.profile=embedded");
    settings.addAll(ChildPlatform.catalogSettings());
    ChildPlatform app = new ChildPlatform(settings, Map.of(), work.resolve("platform.log"));
    OrderLedger ledger = new OrderLedger();
    List<String> lost = new ArrayList<>();
    List<String> rounds = new ArrayList<>();
    long firstStart = app.start().toMillis();
    List<Long> restarts = new ArrayList<>();
    String warehouse = app.login("warehouse");
    long onHand = 10_000_000;
    OrderLedger.stockUp(app, warehouse, onHand);
    long reservedBefore = OrderLedger.stock(app, warehouse).reserved();
    try {
      for (int kill = 1; kill <= kills; kill++) {
        Map<String, String> tokens = tokens(app);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients =
            ledger.startClients(app, tokens, CLIENTS, "quick-start-" + seed + "-" + kill, stop);
        ledger.awaitFirstConfirmation();
        long delay = random.nextInt(2_000);
        Thread.sleep(delay);
        killTogether(app, postgres);
        stop.set(true);
        OrderLedger.awaitClients(clients);

        restarts.add(app.start().toMillis());
        OrderLedger.Outcome outcome = ledger.retryRound(app, tokens(app));
        lost.addAll(outcome.lost());
        rounds.add(
            String.format(
                Locale.ROOT,
                "kill %d %d ms after the first confirmation: sent %d, confirmed %d, lost %d, in flight committed %d / not %d",
                kill,
                delay,
                outcome.sent(),
                outcome.confirmed(),
                outcome.lost().size(),
                outcome.unansweredCommitted(),
                outcome.unansweredNotCommitted()));
        OrderLedger.Stock stock = OrderLedger.stock(app, app.login("warehouse"));
        assertThat(stock.onHand()).as("units on hand set before the kills").isEqualTo(onHand);
        assertThat(stock.reserved())
            .as("units reserved: those of the orders that exist, each once")
            .isEqualTo(reservedBefore + ledger.units());
        assertThat(stock.available()).isEqualTo(onHand - reservedBefore - ledger.units());
      }
      report(seed, kills, firstStart, restarts, ledger, lost, rounds);
      assertThat(lost).as("confirmed orders lost or answered with another order").isEmpty();

      // A normal stop (SIGTERM, Ctrl-C) stops the embedded PostgreSQL too, after the API.
      app.stop();
      if (Files.isDirectory(dataDir.resolve("postgres").resolve("data"))) {
        assertThat(postgres.isRunning()).as("PostgreSQL stopped with the platform").isFalse();
      }
    } finally {
      app.kill();
      postgres.stop();
    }
  }

  private static Map<String, String> tokens(ChildPlatform app)
      throws IOException, InterruptedException {
    Map<String, String> tokens = new HashMap<>();
    for (String user : OrderLedger.USERS) {
      tokens.put(user, app.login(user));
    }
    return tokens;
  }

  /**
   * SIGKILL to the API, the postmaster and every PostgreSQL backend, all sent before waiting for
   * any of them: no process gets to write anything after the others are gone.
   */
  static void killTogether(ChildPlatform app, EmbeddedPostgres postgres) throws Exception {
    List<ProcessHandle> victims = new ArrayList<>();
    ProcessHandle.of(app.pid()).ifPresent(victims::add);
    long postmaster = postgres.postmasterPid();
    if (postmaster > 0) {
      ProcessHandle.of(postmaster)
          .ifPresent(
              handle -> {
                victims.add(handle);
                victims.addAll(handle.descendants().toList());
              });
    }
    victims.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle victim : victims) {
      victim.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
    app.kill();
  }

  private static void report(
      long seed,
      int kills,
      long firstStart,
      List<Long> restarts,
      OrderLedger ledger,
      List<String> lost,
      List<String> rounds)
      throws IOException {
    String app = System.getProperty(ChildPlatform.APP_PROPERTY, "target/quarkus-app");
    String text =
        String.format(
                Locale.ROOT,
                "app=%s seed=%d kills=%d orders=%d lost=%d firstStartMs=%d restartMsMedian=%d%n",
                app,
                seed,
                kills,
                ledger.orders(),
                lost.size(),
                firstStart,
                restarts.stream().sorted().toList().get(restarts.size() / 2))
            + String.join("\n", rounds)
            + "\n"
            + String.join("\n", lost.stream().limit(20).toList())
            + "\n";
    Path file = Path.of("target", "reliability", "quick-start-durability.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
    System.out.println(text);
  }
}
