package kr.catalog.testharness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.catalog.embeddedpostgres.Archives;
import kr.catalog.embeddedpostgres.Processes;
import kr.catalog.embeddedpostgres.ServerUser;
import org.jboss.logging.Logger;

/**
 * One Elasticsearch node in its own process: the single node of {@link
 * TestServers#elasticsearchNode()} or a member of an {@link ElasticsearchCluster}.
 *
 * <p>It listens on 127.0.0.1 only, with security off (plain HTTP, no credentials). Its directory
 * under {@code target/test-servers} holds {@code config/} (its own copy: the node writes its
 * keystore there), {@code data/}, {@code logs/} ({@code console.log} and the server log, kept
 * across runs), {@code tmp/} and {@code run/} (pidfiles).
 */
public final class ElasticsearchNode {

  private static final Logger LOG = Logger.getLogger(ElasticsearchNode.class);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** Variables of the test JVM's environment that would change how Elasticsearch starts. */
  private static final List<String> UNSET_ENVIRONMENT =
      List.of(
          "JAVA_HOME",
          "JAVA_TOOL_OPTIONS",
          "_JAVA_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "JAVA_OPTS",
          "CLI_JAVA_OPTS",
          "ES_JAVA_OPTS",
          "ES_PATH_CONF",
          "ES_TMPDIR",
          "CLASSPATH");

  private final String name;
  private final String clusterName;
  private final Path directory;
  private final Path home;
  private final int httpPort;
  private final int transportPort;

  /** {@code -E} settings of every start. */
  private final List<String> settings;

  /** {@code -E} settings of the very first start only (bootstrapping a new cluster). */
  private final List<String> bootstrapSettings;

  /** The launcher process when this class loader started the node, for its exit code. */
  private volatile Process launcher;

  /** Size of console.log before the latest start: error messages show only what follows. */
  private volatile long consoleOffset;

  ElasticsearchNode(
      String name,
      String clusterName,
      Path directory,
      Path home,
      int httpPort,
      int transportPort,
      List<String> discoverySettings,
      List<String> bootstrapSettings) {
    this.name = name;
    this.clusterName = clusterName;
    this.directory = directory;
    this.home = home;
    this.httpPort = httpPort;
    this.transportPort = transportPort;
    List<String> all = new ArrayList<>();
    all.add("cluster.name=" + clusterName);
    all.add("node.name=" + name);
    all.add("network.host=" + Ports.LOOPBACK);
    all.add("http.port=" + httpPort);
    all.add("transport.port=" + transportPort);
    all.add("path.data=" + directory.resolve("data"));
    all.add("path.logs=" + directory.resolve("logs"));
    // Tests talk plain HTTP without credentials, like the services do against a dev cluster.
    all.add("xpack.security.enabled=false");
    // Past 85 % of a shared build disk, replicas would stay unassigned and no cluster would turn
    // green: disk space is not what these tests are about.
    all.add("cluster.routing.allocation.disk.threshold_enabled=false");
    all.addAll(discoverySettings);
    this.settings = List.copyOf(all);
    this.bootstrapSettings = List.copyOf(bootstrapSettings);
  }

  /**
   * Node name, e.g. {@code node-0}; the same name Elasticsearch reports (e.g. {@code _cat/master}).
   */
  public String name() {
    return name;
  }

  public String clusterName() {
    return clusterName;
  }

  public int httpPort() {
    return httpPort;
  }

  public int transportPort() {
    return transportPort;
  }

  /** {@code 127.0.0.1:PORT}, the form {@code quarkus.elasticsearch.hosts} expects. */
  public String httpHost() {
    return Ports.LOOPBACK + ":" + httpPort;
  }

  /** This node's HTTP host as a one-element list, for code written against a list of hosts. */
  public List<String> httpHosts() {
    return List.of(httpHost());
  }

  /** {@code http://127.0.0.1:PORT}. */
  public URI httpUri() {
    return URI.create("http://" + httpHost());
  }

  /** Whether the node's server process is alive (it may still be starting or stopping). */
  public boolean isRunning() {
    return Processes.live(serverPidFile(), marker()).isPresent();
  }

  /**
   * Stops the node cleanly (SIGTERM) and keeps its data, for fault tests: the search backend goes
   * away and comes back with {@link #startAgain()}. The single node is shared by the tests of the
   * JVM, so a test that stops it must start it again before it ends.
   */
  public void stopKeepingData() {
    stop();
  }

  /**
   * Starts a stopped node again on its ports with its data, and returns once its indices' primaries
   * are back (cluster health yellow or better).
   *
   * @throws IllegalStateException if it is still running or does not come back in time
   */
  public synchronized void startAgain() {
    if (isRunning()) {
      throw new IllegalStateException(this + " is still running");
    }
    long started = System.nanoTime();
    launch(false);
    awaitHealth(
        "wait_for_status=yellow&timeout=1s&master_timeout=1s",
        Instant.now().plus(HarnessSettings.startupTimeout()));
    LOG.infof("%s is back in %d ms", this, (System.nanoTime() - started) / 1_000_000);
  }

  /** Directory of {@code console.log} and the server log, kept after the tests for post-mortems. */
  public Path logDirectory() {
    return directory.resolve("logs");
  }

  @Override
  public String toString() {
    return "Elasticsearch " + name + " of " + clusterName + " at " + httpHost();
  }

  /** The single node of {@link TestServers#elasticsearchNode()}, started and ready. */
  static ElasticsearchNode startSingle(Path serversDir) {
    Path home = Distributions.elasticsearch(serversDir);
    checkReachable(serversDir);
    Instant deadline = Instant.now().plus(HarnessSettings.startupTimeout());
    long started = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      int[] ports = Ports.free(2);
      ElasticsearchNode node = single(serversDir, home, ports[0], ports[1]);
      node.prepareFreshStart();
      node.launch(false);
      try {
        node.awaitHealth("wait_for_status=yellow&timeout=1s&master_timeout=1s", deadline);
        LOG.infof(
            "Elasticsearch node ready at %s in %d ms (logs: %s)",
            node.httpHost(), (System.nanoTime() - started) / 1_000_000, node.logDirectory());
        return node;
      } catch (IllegalStateException e) {
        node.stop();
        if (attempt < 3 && node.lostPortRace()) {
          LOG.warnf("%s lost a port to another process; retrying with other ports", node);
          continue;
        }
        throw e;
      }
    }
  }

  /** The single node that another class loader of this JVM started ({@link #state()}). */
  static ElasticsearchNode attachSingle(Path serversDir, String state) {
    String[] ports = state.split(":");
    return single(
        serversDir,
        serversDir.resolve("dist").resolve("elasticsearch"),
        Integer.parseInt(ports[0]),
        Integer.parseInt(ports[1]));
  }

  private static ElasticsearchNode single(Path serversDir, Path home, int http, int transport) {
    return new ElasticsearchNode(
        "node-0",
        "catalog-test-node",
        serversDir.resolve("es-node"),
        home,
        http,
        transport,
        List.of("discovery.type=single-node"),
        List.of());
  }

  /** What another class loader needs to use this node: its ports. */
  String state() {
    return httpPort + ":" + transportPort;
  }

  static void checkReachable(Path serversDir) {
    ServerUser user = HarnessSettings.serverUser();
    user.checkReachable(
        HarnessSettings.elasticsearchJavaHome().resolve("bin").resolve("java"),
        "The JDK that runs Elasticsearch");
    user.checkReachable(serversDir.resolve("dist"), "The test server directory");
  }

  /**
   * Clears what a previous run left (processes, data, config, pidfiles; not the logs) and gives the
   * node a fresh copy of the distribution's config directory with the test heap size.
   */
  void prepareFreshStart() {
    Processes.killStale(directory.resolve("run"), marker());
    try {
      for (String child : List.of("config", "data", "tmp", "run")) {
        Archives.deleteRecursively(directory.resolve(child));
      }
      Archives.copyRecursively(home.resolve("config"), directory.resolve("config"));
      Path options = directory.resolve("config").resolve("jvm.options.d");
      Files.createDirectories(options);
      String heap = HarnessSettings.elasticsearchHeap();
      Files.writeString(
          options.resolve("heap.options"),
          "-Xms" + heap + "\n-Xmx" + heap + "\n",
          StandardCharsets.UTF_8);
      for (String child : List.of("data", "logs", "tmp", "run")) {
        Files.createDirectories(directory.resolve(child));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + directory, e);
    }
    HarnessSettings.serverUser().own(directory);
  }

  /**
   * Starts the node's process and returns at once.
   *
   * @param bootstrap whether to pass the settings that bootstrap a new cluster; a node that
   *     restarts with its data must rejoin the cluster it belongs to instead
   */
  synchronized void launch(boolean bootstrap) {
    ServerUser user = HarnessSettings.serverUser();
    try {
      Files.deleteIfExists(serverPidFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + serverPidFile(), e);
    }
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin").resolve("elasticsearch").toString());
    command.add("-p");
    command.add(serverPidFile().toString());
    List<String> all = new ArrayList<>(settings);
    if (bootstrap) {
      all.addAll(bootstrapSettings);
    }
    for (String setting : all) {
      command.add("-E");
      command.add(setting);
    }
    Map<String, String> environment = new HashMap<>();
    environment.put("ES_JAVA_HOME", HarnessSettings.elasticsearchJavaHome().toString());
    environment.put("ES_PATH_CONF", directory.resolve("config").toString());
    environment.put("ES_TMPDIR", directory.resolve("tmp").toString());
    if (user.switchesUser()) {
      environment.put("HOME", directory.toString());
    }
    consoleOffset = Processes.size(consoleLog());
    Processes.appendLine(
        consoleLog(),
        "==== " + Instant.now() + ": test harness starts " + this + " as " + user + " ====");
    TestServers.stopAtExit(directory.toString(), this::stop);
    // The working directory matters: jvm.options writes the GC log to logs/ and heap dumps to
    // data/, relative to it.
    Process process =
        Processes.startServer(
            user.command(command), environment, UNSET_ENVIRONMENT, directory, consoleLog());
    launcher = process;
    Processes.writePid(directory.resolve("run").resolve("launcher.pid"), process.pid());
  }

  /** Whether {@code GET /_cluster/health?query} answers 200 (and not 408 or 503) right now. */
  boolean answersHealth(String query) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(httpUri() + "/_cluster/health?" + query))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + this, e);
    }
  }

  /** Polls the minimal distribution's health API (it has no {@code GET /}) until it answers. */
  void awaitHealth(String query, Instant deadline) {
    while (!answersHealth(query)) {
      checkAlive();
      if (Instant.now().isAfter(deadline)) {
        throw failure(
            "did not answer GET /_cluster/health?"
                + query
                + " with 200 within "
                + HarnessSettings.startupTimeout().toSeconds()
                + " s (system property "
                + HarnessSettings.STARTUP_TIMEOUT
                + ")");
      }
      Processes.sleep(Duration.ofMillis(250));
    }
  }

  /** Fails fast, with the console output, when the node's launcher has exited. */
  void checkAlive() {
    Process process = launcher;
    if (process != null && !process.isAlive()) {
      throw failure("exited with code " + process.exitValue() + " before it was ready");
    }
  }

  IllegalStateException failure(String problem) {
    return new IllegalStateException(
        this
            + " "
            + problem
            + ".\nServer log: "
            + logDirectory().resolve(clusterName + ".log")
            + "\nConsole output: "
            + consoleLog()
            + "\n--- last lines of the console output of this start ---\n"
            + Processes.tail(consoleLog(), consoleOffset, 60));
  }

  boolean lostPortRace() {
    return Ports.isConflict(Processes.tail(consoleLog(), consoleOffset, 1_000));
  }

  /**
   * Kills the server process with SIGKILL, like a crashed machine: no shutdown, no goodbye to the
   * cluster. Returns once the process (and its launcher, which exits with it) is gone.
   */
  synchronized void kill() {
    ProcessHandle server =
        Processes.live(serverPidFile(), marker())
            .orElseThrow(() -> new IllegalStateException(this + " is not running"));
    server.destroyForcibly();
    if (!Processes.awaitExit(server, Duration.ofSeconds(30))) {
      throw new IllegalStateException(this + " (pid " + server.pid() + ") survived SIGKILL");
    }
    launcherProcess()
        .ifPresent(
            process -> {
              if (!Processes.awaitExit(process, Duration.ofSeconds(30))) {
                process.destroyForcibly();
                Processes.awaitExit(process, Duration.ofSeconds(10));
              }
            });
    LOG.infof("Killed %s (pid %d) with SIGKILL", this, server.pid());
  }

  /** Stops the node cleanly (SIGTERM), killing it if it takes more than 20 s. Idempotent. */
  synchronized void stop() {
    List<ProcessHandle> processes = new ArrayList<>();
    Processes.live(serverPidFile(), marker()).ifPresent(processes::add);
    launcherProcess()
        .ifPresent(
            process -> {
              // Before the server wrote its pidfile, it is only known as the launcher's child.
              process
                  .descendants()
                  .filter(child -> !processes.contains(child))
                  .forEach(processes::add);
              processes.add(process);
            });
    Process started = launcher;
    if (started != null && started.isAlive() && !processes.contains(started.toHandle())) {
      processes.add(started.toHandle());
    }
    if (processes.isEmpty()) {
      return;
    }
    boolean clean = Processes.terminate(processes, Duration.ofSeconds(20));
    LOG.infof("Stopped %s%s", this, clean ? "" : " (killed after 20 s)");
  }

  private Optional<ProcessHandle> launcherProcess() {
    return Processes.live(directory.resolve("run").resolve("launcher.pid"), marker());
  }

  private Path serverPidFile() {
    return directory.resolve("run").resolve("elasticsearch.pid");
  }

  private Path consoleLog() {
    return logDirectory().resolve("console.log");
  }

  /** Every process of this node names a path inside its directory on its command line. */
  private String marker() {
    return directory + "/";
  }
}
