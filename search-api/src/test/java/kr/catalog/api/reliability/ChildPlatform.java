package kr.catalog.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kr.catalog.sample.SampleCatalog;

/**
 * The packaged platform ({@code search-api/target/quarkus-app/quarkus-run.jar}, built by {@code
 * package} before failsafe runs) in a child process, as {@code ./run.sh} or production starts it,
 * with HTTP helpers for the durability tests.
 */
final class ChildPlatform {

  /** Another packaged application to test (the old H2 build, to show the test can fail). */
  static final String APP_PROPERTY = "catalog.durability.app";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path jar;
  private final List<String> settings;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;
  private int port;
  private long startMillis;

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * @param settings {@code -Dkey=value} options (profile, data directory, ...)
   * @param environment environment variables added to this JVM's
   * @param log file the application's output is appended to
   */
  ChildPlatform(List<String> settings, Map<String, String> environment, Path log) {
    String configured = System.getProperty(APP_PROPERTY);
    this.jar =
        configured == null || configured.isBlank()
            ? Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath()
            : Path.of(configured).toAbsolutePath();
    assertThat(jar)
        .as("the packaged platform (run ./mvnw -pl search-api -am verify, which packages it first)")
        .isRegularFile();
    this.settings = List.copyOf(settings);
    this.environment = Map.copyOf(environment);
    this.log = log;
  }

  /**
   * The settings that give the platform its catalog: the bundled sample, written into a data
   * directory shared by the durability tests by catalog-sample (as {@code ./run.sh} does before it
   * starts the API) the first time (about a minute) and reused by every later start. The databases
   * are not shared: each test starts its own PostgreSQL.
   */
  static List<String> catalogSettings() {
    SampleCatalog.ensure(sharedDataDir());
    return List.of("-Dcatalog.data-dir=" + sharedDataDir());
  }

  /** The data directory of {@link #catalogSettings()}. */
  static Path sharedDataDir() {
    return Path.of("target", "durability", "data").toAbsolutePath();
  }

  /** Starts the application and waits until it is ready; returns how long that took. */
  Duration start() throws IOException, InterruptedException {
    port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("--add-modules");
    command.add("jdk.incubator.vector");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(settings);
    command.add("-jar");
    command.add(jar.toString());
    Files.createDirectories(log.getParent());
    Files.writeString(
        log,
        "==== " + java.time.Instant.now() + " start: " + String.join(" ", command) + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            // Relative paths of the platform (./data) resolve beside the log, as in ./run.sh.
            .directory(log.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    process = builder.start();
    long deadline = started + TimeUnit.SECONDS.toNanos(300);
    while (true) {
      assertThat(process.isAlive()).as("the platform is running (log: %s)", log).isTrue();
      try {
        if (get("/q/health/ready", null).statusCode() == 200) {
          break;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      assertThat(System.nanoTime()).as("ready within 300 s (log: %s)", log).isLessThan(deadline);
      Thread.sleep(100);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    startMillis = took.toMillis();
    return took;
  }

  long lastStartMillis() {
    return startMillis;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** SIGTERM, as Ctrl-C or a service manager stops it. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String token, String body, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Logs in a demo account (README "Demo accounts") and returns its bearer token. */
  String login(String username) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/auth/login",
            null,
            "{\"username\":\"" + username + "\",\"password\":\"" + username + "-demo\"}",
            null);
    assertThat(response.statusCode())
        .as("log-in of %s: %s", username, response.body())
        .isEqualTo(200);
    return json(response.body()).get("token").asText();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
