package kr.catalog.testharness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import kr.catalog.embeddedpostgres.ServerUser;

/** System properties that tune the harness, with their defaults. */
final class HarnessSettings {

  /** Path of the Elasticsearch integ-test zip; the parent pom sets it via dependency:properties. */
  static final String ELASTICSEARCH_ZIP = "catalog.test.elasticsearch.zip";

  /** Path of the zonky PostgreSQL binaries jar; set like {@link #ELASTICSEARCH_ZIP}. */
  static final String POSTGRES_JAR = "catalog.test.postgres.jar";

  /** Directory for unpacked distributions, data and logs; default {@code target/test-servers}. */
  static final String SERVERS_DIR = "catalog.test.servers.dir";

  /** Seconds a server (or the whole cluster) may take to become ready; default 180. */
  static final String STARTUP_TIMEOUT = "catalog.test.startup.timeout.seconds";

  /** JDK that runs Elasticsearch; default the JDK running the tests (it must be 21 or newer). */
  static final String ELASTICSEARCH_JAVA_HOME = "catalog.test.elasticsearch.java.home";

  /** Heap of every Elasticsearch node; default {@code 512m}. */
  static final String ELASTICSEARCH_HEAP = "catalog.test.elasticsearch.heap";

  /** Unprivileged user that runs the servers when the tests run as root; default catalogtest. */
  static final String SERVER_USER = "catalog.test.server.user";

  private static final Properties VERSIONS = loadVersions();

  private HarnessSettings() {}

  static Path serversDir() {
    String configured = System.getProperty(SERVERS_DIR);
    if (isUsable(configured)) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    // Surefire and failsafe set basedir to the module directory; an IDE usually starts the test
    // JVM there as well.
    String basedir = System.getProperty("basedir");
    Path module = Path.of(isUsable(basedir) ? basedir : System.getProperty("user.dir"));
    return module.resolve("target").resolve("test-servers").toAbsolutePath().normalize();
  }

  /** The user that runs the test servers: see {@link ServerUser}. */
  static ServerUser serverUser() {
    return ServerUser.forRoot(System.getProperty(SERVER_USER, "catalogtest"));
  }

  static Duration startupTimeout() {
    return Duration.ofSeconds(Long.getLong(STARTUP_TIMEOUT, 180L));
  }

  static String elasticsearchHeap() {
    return System.getProperty(ELASTICSEARCH_HEAP, "512m");
  }

  static Path elasticsearchJavaHome() {
    String configured = System.getProperty(ELASTICSEARCH_JAVA_HOME);
    if (isUsable(configured)) {
      return Path.of(configured);
    }
    if (Runtime.version().feature() < 21) {
      throw new IllegalStateException(
          "Elasticsearch 8.19 needs Java 21 or newer, but the tests run on Java "
              + Runtime.version()
              + ". Run them with a JDK >= 21 (./mvnw selects one) or pass -D"
              + ELASTICSEARCH_JAVA_HOME
              + "=<path of a JDK 21+>.");
    }
    return Path.of(System.getProperty("java.home"));
  }

  static String elasticsearchVersion() {
    return version("elasticsearch.version");
  }

  static String postgresBinariesVersion() {
    return version("postgres.binaries.version");
  }

  /** A property value that Maven left unresolved ({@code ${...}}) counts as absent. */
  static boolean isUsable(String value) {
    return value != null && !value.isBlank() && !value.startsWith("${");
  }

  private static String version(String key) {
    String value = VERSIONS.getProperty(key);
    if (!isUsable(value)) {
      throw new IllegalStateException(
          "versions.properties of the test harness has no value for "
              + key
              + " (was the module built by Maven with resource filtering?)");
    }
    return value;
  }

  private static Properties loadVersions() {
    Properties properties = new Properties();
    try (InputStream in = HarnessSettings.class.getResourceAsStream("versions.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read versions.properties of the test harness", e);
    }
    return properties;
  }
}
