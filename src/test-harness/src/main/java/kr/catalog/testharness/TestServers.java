package kr.catalog.testharness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kr.catalog.embeddedpostgres.Processes;
import org.jboss.logging.Logger;

/**
 * Real servers for tests: each starts on first use and is then shared by every test of the JVM.
 *
 * <pre>{@code
 * ElasticsearchNode node = TestServers.elasticsearchNode();     // hosts: node.httpHosts()
 * ElasticsearchCluster cluster = TestServers.elasticsearchCluster(); // 3 nodes, kill/restart
 * PostgresServer postgres = TestServers.postgres();             // postgres.jdbcUrl()
 * }</pre>
 *
 * <p>The servers run until the JVM exits; a shutdown hook stops them. Tests share them, so each
 * test uses its own index names or tables. Startup takes a while (single node about 10 s, the
 * cluster about 25-60 s on two cores, PostgreSQL about 1 s), which is why nothing is restarted per
 * test class.
 *
 * <p>"Once per JVM" holds across class loaders too: Quarkus loads a fresh copy of test dependencies
 * for every test profile, and each copy would otherwise start its own servers. The copies
 * coordinate through monitors on interned string constants (one object per JVM) and system
 * properties holding each server's ports; a later copy attaches to the running server.
 *
 * <p>System properties: {@code catalog.test.elasticsearch.zip} and {@code
 * catalog.test.postgres.jar} (artifact paths, set by the parent pom; the local Maven repository is
 * the fallback), {@code catalog.test.servers.dir} (default {@code target/test-servers} of the
 * module), {@code catalog.test.startup.timeout.seconds} (default 180), {@code
 * catalog.test.elasticsearch.heap} (default 512m), {@code catalog.test.elasticsearch.java.home}
 * (default: the JDK running the tests), {@code catalog.test.server.user} (default catalogtest, used
 * when the tests run as root).
 */
public final class TestServers {

  private static final Logger LOG = Logger.getLogger(TestServers.class);

  /** Number of nodes of {@link #elasticsearchCluster()}. */
  public static final int CLUSTER_SIZE = 3;

  // Each key is both the system property that publishes a server to the other class loaders and,
  // being an interned constant, the JVM-wide monitor that serialises its start.
  private static final String NODE_KEY = "kr.catalog.testharness.elasticsearch-node";
  private static final String CLUSTER_KEY = "kr.catalog.testharness.elasticsearch-cluster";
  private static final String POSTGRES_KEY = "kr.catalog.testharness.postgres";
  private static final String SERVERS_DIR_KEY = "kr.catalog.testharness.servers-dir";

  private static final String FAILED = "failed: ";

  private static ElasticsearchNode node; // guarded by NODE_KEY
  private static ElasticsearchCluster cluster; // guarded by CLUSTER_KEY
  private static PostgresServer postgres; // guarded by POSTGRES_KEY

  /** Keeps the work directory locked against other JVMs while this one lives. */
  private static FileChannel lock;

  /** Stop actions by server directory, run by the shutdown hook of this class loader. */
  private static final Map<String, Runnable> STOP_AT_EXIT = new LinkedHashMap<>();

  private static boolean hookInstalled;

  private TestServers() {}

  /** The single-node Elasticsearch, started on first call. */
  public static ElasticsearchNode elasticsearchNode() {
    synchronized (NODE_KEY) {
      if (node == null) {
        Path servers = serversDir();
        node =
            obtain(
                NODE_KEY,
                "The Elasticsearch test node",
                state -> ElasticsearchNode.attachSingle(servers, state),
                () -> ElasticsearchNode.startSingle(servers),
                ElasticsearchNode::state);
      }
      return node;
    }
  }

  /** The {@value #CLUSTER_SIZE}-node Elasticsearch cluster, started (green) on first call. */
  public static ElasticsearchCluster elasticsearchCluster() {
    synchronized (CLUSTER_KEY) {
      if (cluster == null) {
        Path servers = serversDir();
        cluster =
            obtain(
                CLUSTER_KEY,
                "The Elasticsearch test cluster",
                state -> ElasticsearchCluster.attach(servers, state),
                () -> ElasticsearchCluster.start(servers, CLUSTER_SIZE),
                ElasticsearchCluster::state);
      }
      return cluster;
    }
  }

  /** PostgreSQL with an empty database, started on first call. */
  public static PostgresServer postgres() {
    synchronized (POSTGRES_KEY) {
      if (postgres == null) {
        Path servers = serversDir();
        postgres =
            obtain(
                POSTGRES_KEY,
                "The PostgreSQL test server",
                state -> PostgresServer.attach(servers, state),
                () -> PostgresServer.start(servers),
                PostgresServer::state);
      }
      return postgres;
    }
  }

  /**
   * The server another class loader published, or a new one. A failed start is published too, so
   * that later callers fail at once instead of waiting for the same timeout again.
   */
  private static <T> T obtain(
      String key,
      String what,
      Function<String, T> attach,
      Supplier<T> start,
      Function<T, String> state) {
    String published = System.getProperty(key);
    if (published != null) {
      if (published.startsWith(FAILED)) {
        throw new IllegalStateException(
            what
                + " failed to start earlier in this JVM ("
                + published.substring(FAILED.length())
                + "); see that first failure for the log.");
      }
      return attach.apply(published);
    }
    try {
      T server = start.get();
      System.setProperty(key, state.apply(server));
      return server;
    } catch (RuntimeException | Error e) {
      String message = String.valueOf(e.getMessage());
      System.setProperty(key, FAILED + message.lines().findFirst().orElse(message));
      throw e;
    }
  }

  /**
   * The work directory, prepared once per JVM: locked against other JVMs, and rid of server
   * processes that an aborted earlier run left behind.
   */
  static Path serversDir() {
    synchronized (SERVERS_DIR_KEY) {
      String prepared = System.getProperty(SERVERS_DIR_KEY);
      if (prepared != null) {
        return Path.of(prepared);
      }
      Path directory = HarnessSettings.serversDir();
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + directory, e);
      }
      lockAgainstOtherJvms(directory);
      killLeftovers(directory);
      System.setProperty(SERVERS_DIR_KEY, directory.toString());
      return directory;
    }
  }

  /**
   * Two JVMs on one work directory would wipe each other's data and kill each other's servers as
   * "leftovers".
   */
  private static void lockAgainstOtherJvms(Path directory) {
    Path lockFile = directory.resolve("harness.lock");
    Path owner = directory.resolve("harness.owner");
    try {
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock acquired;
      try {
        acquired = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        channel.close(); // This JVM holds it already.
        return;
      }
      if (acquired == null) {
        channel.close();
        String holder =
            Files.isRegularFile(owner)
                ? Files.readString(owner, StandardCharsets.UTF_8).strip()
                : "?";
        throw new IllegalStateException(
            "Another test JVM (pid "
                + holder
                + ") is using "
                + directory
                + ". Run one test JVM per module at a time (surefire forkCount=1), or give each"
                + " its own directory with -D"
                + HarnessSettings.SERVERS_DIR
                + "=...");
      }
      Files.writeString(
          owner, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
      lock = channel;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  /** Every server directory has a run/ directory of pidfiles; see Processes.killStale. */
  private static void killLeftovers(Path directory) {
    Path distributions = directory.resolve("dist");
    try (Stream<Path> found =
        Files.find(
            directory,
            3,
            (path, attributes) ->
                attributes.isDirectory()
                    && !path.startsWith(distributions)
                    && path.getFileName().toString().equals("run"))) {
      for (Path run : found.toList()) {
        Processes.killStale(run, run.getParent() + "/");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search " + directory + " for pidfiles", e);
    }
  }

  /** Registers how to stop a server when the JVM exits; the latest action per key wins. */
  static void stopAtExit(String key, Runnable stop) {
    synchronized (STOP_AT_EXIT) {
      STOP_AT_EXIT.put(key, stop);
      if (!hookInstalled) {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(TestServers::stopAll, "catalog-test-servers-shutdown"));
        hookInstalled = true;
      }
    }
  }

  /**
   * Stops all servers in parallel: surefire gives the forked JVM 30 s to exit before it kills it
   * (the next run would then clean up through the pidfiles).
   */
  private static void stopAll() {
    List<Runnable> stops;
    synchronized (STOP_AT_EXIT) {
      stops = new ArrayList<>(STOP_AT_EXIT.values());
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(28));
    List<Thread> threads = new ArrayList<>();
    for (Runnable stop : stops) {
      threads.add(
          Thread.ofPlatform()
              .name("catalog-test-server-stop")
              .start(
                  () -> {
                    try {
                      stop.run();
                    } catch (RuntimeException e) {
                      LOG.warn("Could not stop a test server", e);
                    }
                  }));
    }
    for (Thread thread : threads) {
      try {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || !thread.join(left)) {
          LOG.warn("A test server is still stopping at JVM exit; the next run will clean up");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
