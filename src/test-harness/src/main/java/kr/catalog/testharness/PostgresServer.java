package kr.catalog.testharness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.catalog.embeddedpostgres.Archives;
import kr.catalog.embeddedpostgres.Processes;
import kr.catalog.embeddedpostgres.ServerUser;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server (the zonky binaries) with one empty database, {@value #DATABASE}.
 *
 * <p>It listens on 127.0.0.1 and accepts any password ({@code trust} authentication). The data
 * directory is fresh in every test JVM and tuned for speed, not durability ({@code fsync=off}):
 * what a test writes is gone after the run anyway. The server log is kept in {@link #logFile()}.
 */
public final class PostgresServer {

  private static final Logger LOG = Logger.getLogger(PostgresServer.class);

  /** Name of the database created for the tests. */
  public static final String DATABASE = "catalog";

  private static final String USER = "postgres";

  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

  /** Variables that libpq tools and the server would read instead of our arguments. */
  private static final List<String> UNSET_ENVIRONMENT =
      List.of("PGDATA", "PGPORT", "PGHOST", "PGUSER", "PGDATABASE", "PGOPTIONS", "LANG");

  private final Path home;
  private final Path directory;
  private final int port;
  private final Path socketDirectory;

  /** The postmaster when this class loader started it, for its exit code. */
  private volatile Process postmaster;

  private volatile long logOffset;

  private PostgresServer(Path home, Path directory, int port, Path socketDirectory) {
    this.home = home;
    this.directory = directory;
    this.port = port;
    this.socketDirectory = socketDirectory;
  }

  /** {@code jdbc:postgresql://127.0.0.1:PORT/catalog}. */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + host() + ":" + port + "/" + DATABASE;
  }

  /** The superuser, {@code postgres}. */
  public String username() {
    return USER;
  }

  /**
   * A password for clients that insist on one; the server ignores it ({@code trust}
   * authentication).
   */
  public String password() {
    return USER;
  }

  public String databaseName() {
    return DATABASE;
  }

  public String host() {
    return Ports.LOOPBACK;
  }

  public int port() {
    return port;
  }

  /** The server log, kept after the tests. */
  public Path logFile() {
    return directory.resolve("logs").resolve("postgres.log");
  }

  /** Whether the postmaster process is alive. */
  public boolean isRunning() {
    return Processes.live(directory.resolve("run").resolve("postgres.pid"), marker()).isPresent();
  }

  @Override
  public String toString() {
    return "PostgreSQL at " + host() + ":" + port;
  }

  /** A new server with a fresh data directory, started and accepting connections. */
  static PostgresServer start(Path serversDir) {
    Path home = Distributions.postgres(serversDir);
    Path directory = serversDir.resolve("postgres");
    ServerUser user = HarnessSettings.serverUser();
    user.checkReachable(home.resolve("bin").resolve("postgres"), "The PostgreSQL binaries");
    Instant deadline = Instant.now().plus(HarnessSettings.startupTimeout());
    long started = System.nanoTime();
    Path socketDirectory = prepareFreshDirectory(directory, user);
    initializeDataDirectory(home, directory, user);
    for (int attempt = 1; ; attempt++) {
      PostgresServer server =
          new PostgresServer(home, directory, Ports.free(1)[0], socketDirectory);
      server.launch();
      try {
        server.awaitReady(deadline);
        LOG.infof(
            "%s ready in %d ms (log: %s)",
            server, (System.nanoTime() - started) / 1_000_000, server.logFile());
        return server;
      } catch (IllegalStateException e) {
        server.stop();
        if (attempt < 3
            && Ports.isConflict(Processes.tail(server.logFile(), server.logOffset, 200))) {
          LOG.warnf("%s lost its port to another process; retrying with another port", server);
          continue;
        }
        throw e;
      }
    }
  }

  /** The server that another class loader of this JVM started ({@link #state()}). */
  static PostgresServer attach(Path serversDir, String state) {
    int separator = state.indexOf('|');
    return new PostgresServer(
        serversDir.resolve("dist").resolve("postgres"),
        serversDir.resolve("postgres"),
        Integer.parseInt(state.substring(0, separator)),
        Path.of(state.substring(separator + 1)));
  }

  /** What another class loader needs to use this server. */
  String state() {
    return port + "|" + socketDirectory;
  }

  /** Clears what a previous run left (not the logs); returns the Unix socket directory. */
  private static Path prepareFreshDirectory(Path directory, ServerUser user) {
    Processes.killStale(directory.resolve("run"), directory + "/");
    try {
      for (String child : List.of("data", "run", "sockets")) {
        Archives.deleteRecursively(directory.resolve(child));
      }
      for (String child : List.of("run", "logs")) {
        Files.createDirectories(directory.resolve(child));
      }
      // A Unix socket path has at most 107 bytes; a deep module directory can exceed that.
      Path socketDirectory = directory.resolve("sockets");
      if (socketDirectory.toString().length() + "/.s.PGSQL.65535.lock".length() > 100) {
        socketDirectory = Files.createTempDirectory("catalog-pg-");
      } else {
        Files.createDirectories(socketDirectory);
      }
      user.own(directory);
      user.own(socketDirectory);
      return socketDirectory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + directory, e);
    }
  }

  /** initdb, then create the test database in single-user mode (no client tools needed). */
  private static void initializeDataDirectory(Path home, Path directory, ServerUser user) {
    Path log = directory.resolve("logs").resolve("initdb.log");
    Processes.appendLine(log, "==== " + Instant.now() + ": test harness runs initdb ====");
    // UTF8 with the builtin C.UTF-8 locale: Unicode-aware and the same on every machine,
    // whatever locales the OS has installed (Korean text must not depend on them).
    run(
        user,
        List.of(
            home.resolve("bin").resolve("initdb").toString(),
            "-D",
            directory.resolve("data").toString(),
            "-U",
            USER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--locale-provider=builtin",
            "--builtin-locale=C.UTF-8",
            "--no-sync",
            "--no-instructions"),
        directory,
        null,
        log);
    Path script = directory.resolve("run").resolve("create-database.sql");
    try {
      Files.writeString(script, "CREATE DATABASE " + DATABASE + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + script, e);
    }
    run(
        user,
        List.of(
            home.resolve("bin").resolve("postgres").toString(),
            "--single",
            "-D",
            directory.resolve("data").toString(),
            "-c",
            "exit_on_error=true",
            "postgres"),
        directory,
        script,
        log);
  }

  private static void run(
      ServerUser user, List<String> command, Path directory, Path stdin, Path log) {
    Processes.Result result =
        Processes.run(
            user.command(command),
            environment(user, directory),
            UNSET_ENVIRONMENT,
            directory,
            stdin,
            log,
            COMMAND_TIMEOUT);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          String.join(" ", command)
              + " failed with exit code "
              + result.exitCode()
              + " (as "
              + user
              + "). Log: "
              + log
              + "\n"
              + result.output().strip());
    }
  }

  private static Map<String, String> environment(ServerUser user, Path directory) {
    return user.switchesUser()
        ? Map.of("LC_ALL", "C", "HOME", directory.toString())
        : Map.of("LC_ALL", "C");
  }

  /**
   * Runs the postmaster as a child of this JVM rather than through {@code pg_ctl start}, which
   * would detach it: as a child it gets the parent-death signal and cannot outlive a killed test
   * JVM.
   */
  private void launch() {
    ServerUser user = HarnessSettings.serverUser();
    List<String> command =
        List.of(
            home.resolve("bin").resolve("postgres").toString(),
            "-D",
            directory.resolve("data").toString(),
            "-p",
            Integer.toString(port),
            "-k",
            socketDirectory.toString(),
            "-c",
            "listen_addresses=" + Ports.LOOPBACK,
            // Test data need not survive a crash: skip the disk flushes.
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            // Room for the connection pools of several Quarkus test applications at once.
            "-c",
            "max_connections=200");
    logOffset = Processes.size(logFile());
    Processes.appendLine(
        logFile(),
        "==== " + Instant.now() + ": test harness starts " + this + " as " + user + " ====");
    TestServers.stopAtExit(directory.toString(), this::stop);
    Process process =
        Processes.startServer(
            user.command(command),
            environment(user, directory),
            UNSET_ENVIRONMENT,
            directory,
            logFile());
    postmaster = process;
    Processes.writePid(directory.resolve("run").resolve("postgres.pid"), process.pid());
  }

  /**
   * Ready when the postmaster marks its pidfile "ready" (what {@code pg_ctl start -w} waits for)
   * and the TCP port accepts connections.
   */
  private void awaitReady(Instant deadline) {
    Path pidFile = directory.resolve("data").resolve("postmaster.pid");
    while (!(isMarkedReady(pidFile) && Ports.acceptsConnections(port))) {
      Process process = postmaster;
      if (process != null && !process.isAlive()) {
        throw failure("exited with code " + process.exitValue() + " before it was ready");
      }
      if (Instant.now().isAfter(deadline)) {
        throw failure(
            "was not ready within "
                + HarnessSettings.startupTimeout().toSeconds()
                + " s (system property "
                + HarnessSettings.STARTUP_TIMEOUT
                + ")");
      }
      Processes.sleep(Duration.ofMillis(100));
    }
  }

  private static boolean isMarkedReady(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      // Line 8 is the postmaster status: starting, stopping, ready or standby.
      return lines.size() >= 8 && lines.get(7).trim().equals("ready");
    } catch (IOException e) {
      return false;
    }
  }

  private IllegalStateException failure(String problem) {
    return new IllegalStateException(
        this
            + " "
            + problem
            + ".\nServer log: "
            + logFile()
            + "\n--- last lines of the server log of this start ---\n"
            + Processes.tail(logFile(), logOffset, 60));
  }

  /**
   * Stops the server as an operator would ({@code pg_ctl stop -m fast}: open sessions are rolled
   * back and disconnected) and keeps its data, for fault tests; {@link #startAgain()} brings it
   * back on the same port. Tests share this server, so a test that stops it must start it again
   * before it ends.
   */
  public synchronized void stopKeepingData() {
    stopServer();
  }

  /**
   * Starts the server again on its port with its data after {@link #stopKeepingData()}, and returns
   * once it accepts connections.
   *
   * @throws IllegalStateException if it is still running or does not come back in time
   */
  public synchronized void startAgain() {
    if (isRunning()) {
      throw new IllegalStateException(this + " is still running");
    }
    long started = System.nanoTime();
    launch();
    awaitReady(Instant.now().plus(HarnessSettings.startupTimeout()));
    LOG.infof("%s is back in %d ms", this, (System.nanoTime() - started) / 1_000_000);
  }

  /** {@link #stopKeepingData()} then {@link #startAgain()}: a database restart under load. */
  public synchronized void restart() {
    stopKeepingData();
    startAgain();
  }

  /**
   * Fast shutdown: open sessions are rolled back and disconnected. The default (smart) mode would
   * wait for connection pools that are still open when the JVM exits.
   */
  synchronized void stop() {
    stopServer();
    if (!socketDirectory.startsWith(directory)) {
      try {
        Archives.deleteRecursively(socketDirectory);
      } catch (IOException e) {
        LOG.debugf("cannot delete %s: %s", socketDirectory, e);
      }
    }
  }

  private void stopServer() {
    Optional<ProcessHandle> process =
        Processes.live(directory.resolve("run").resolve("postgres.pid"), marker());
    if (process.isEmpty()) {
      return;
    }
    ServerUser user = HarnessSettings.serverUser();
    List<ProcessHandle> processes = new ArrayList<>(List.of(process.get()));
    try {
      Processes.run(
          user.command(
              List.of(
                  home.resolve("bin").resolve("pg_ctl").toString(),
                  "-D",
                  directory.resolve("data").toString(),
                  "-m",
                  "fast",
                  "-w",
                  "-t",
                  "20",
                  "stop")),
          environment(user, directory),
          UNSET_ENVIRONMENT,
          directory,
          null,
          logFile(),
          Duration.ofSeconds(25));
    } catch (RuntimeException e) {
      LOG.warnf("pg_ctl stop failed (%s); killing %s", e.getMessage(), this);
    }
    if (!Processes.awaitExit(process.get(), Duration.ofSeconds(5))) {
      Processes.terminate(processes, Duration.ofSeconds(5));
    }
    LOG.infof("Stopped %s", this);
  }

  /** The postmaster's command line names its data directory. */
  private String marker() {
    return directory + "/";
  }
}
