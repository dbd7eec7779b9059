package kr.catalog.api.launcher;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.catalog.embeddedpostgres.EmbeddedPostgres;
import org.jboss.logging.Logger;

/**
 * Starts the platform; with {@code catalog.database.embedded} (the quick start) first its own
 * durable PostgreSQL under {@code ${catalog.data-dir}/postgres} (ADR 0005).
 *
 * <p>The datasource URL, user and password are set as system properties, which outrank {@code
 * application.properties}. The server outlives a killed application on purpose: the next start
 * finds it through its {@code postmaster.pid} and reuses it (or starts it again after a crash of
 * the server itself, when PostgreSQL replays its write-ahead log). On a normal shutdown it is
 * stopped once Quarkus has stopped, so no request is cut by it.
 */
@QuarkusMain
public final class CatalogMain {

  private static final Logger LOG = Logger.getLogger(CatalogMain.class);

  /** How long a shutdown waits for Quarkus to stop before it stops the database anyway. */
  private static final long QUARKUS_STOP_WAIT_SECONDS = 30;

  private CatalogMain() {}

  /** Entry point of {@code quarkus-run.jar}. */
  public static void main(String... args) {
    SmallRyeConfig config = startupConfig();
    if (!config.getOptionalValue("catalog.database.embedded", Boolean.class).orElse(false)) {
      requireDatabasePassword(config);
      Quarkus.run(args);
      return;
    }
    Path dataDir =
        Path.of(config.getOptionalValue("catalog.data-dir", String.class).orElse("data"));
    EmbeddedPostgres postgres =
        EmbeddedPostgres.in(
            dataDir.resolve("postgres"),
            config
                .getOptionalValue("catalog.database.embedded-user", String.class)
                .orElse("catalogdb"));
    EmbeddedPostgres.Connection connection = postgres.startOrReuse();
    requireDurable(connection);
    System.setProperty("quarkus.datasource.jdbc.url", connection.jdbcUrl());
    System.setProperty("quarkus.datasource.username", connection.username());
    System.setProperty("quarkus.datasource.password", connection.password());

    CountDownLatch quarkusStopped = new CountDownLatch(1);
    AtomicBoolean jvmShuttingDown = new AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  jvmShuttingDown.set(true);
                  try {
                    // Quarkus stops in its own shutdown hook; the database goes last.
                    quarkusStopped.await(QUARKUS_STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  postgres.stop();
                },
                "catalog-embedded-postgres-stop"));
    try {
      Quarkus.run(
          Serve.class,
          (exitCode, failure) -> {
            if (failure != null) {
              // Quarkus' own exit handler reports the failure; this one replaces it.
              LOG.error("The platform failed to start or stopped on an error", failure);
            }
            quarkusStopped.countDown();
            // What Quarkus' own exit handler does, except during a shutdown (SIGTERM, Ctrl-C):
            // System.exit would then block this thread forever, and with it the stop above.
            if (!jvmShuttingDown.get()) {
              System.exit(exitCode);
            }
          },
          args);
    } finally {
      quarkusStopped.countDown();
    }
  }

  /** Serves until the application is asked to stop. */
  public static final class Serve implements QuarkusApplication {
    @Override
    public int run(String... args) {
      Quarkus.waitForExit();
      return 0;
    }
  }

  /**
   * The keys this launcher reads, from the same places Quarkus reads them ({@code
   * application.properties} with its profiles, system properties, environment), before Quarkus has
   * built its own configuration.
   */
  /**
   * Stops a start against an external database without a password, naming the variable to set.
   * Quarkus would otherwise read the unset {@code ${CATALOG_DB_PASSWORD}} of {@code %prod} as "no
   * password" (the key is optional) and try to connect without one.
   */
  static void requireDatabasePassword(SmallRyeConfig config) {
    String password;
    try {
      password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
    } catch (NoSuchElementException unexpanded) {
      password = "";
    }
    if (password.isBlank()) {
      throw new IllegalStateException(
          "No database password: set CATALOG_DB_PASSWORD (quarkus.datasource.password). Production"
              + " has no default password (docs/SECURITY.md, Deployment).");
    }
  }

  private static SmallRyeConfig startupConfig() {
    String profile =
        System.getProperty(
            "quarkus.profile",
            System.getenv().getOrDefault("QUARKUS_PROFILE", "prod").toLowerCase(Locale.ROOT));
    SmallRyeConfigBuilder builder =
        new SmallRyeConfigBuilder()
            .addDefaultSources()
            .addDefaultInterceptors()
            .withProfile(profile);
    URL properties = CatalogMain.class.getClassLoader().getResource("application.properties");
    if (properties != null) {
      try {
        // 250: the ordinal Quarkus gives application.properties inside the application.
        builder.withSources(new PropertiesConfigSource(properties, 250));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + properties, e);
      }
    }
    return builder.build();
  }

  /**
   * A server found running was started by an earlier start, perhaps of an older version or by hand:
   * refuse to serve orders on one that may acknowledge commits before they are on disk.
   */
  private static void requireDurable(EmbeddedPostgres.Connection connection) {
    try (var db =
            DriverManager.getConnection(
                connection.jdbcUrl(), connection.username(), connection.password());
        Statement statement = db.createStatement()) {
      for (Map.Entry<String, String> setting : EmbeddedPostgres.DURABLE_SETTINGS.entrySet()) {
        try (ResultSet result = statement.executeQuery("SHOW " + setting.getKey())) {
          result.next();
          String actual = result.getString(1);
          if (!setting.getValue().equals(actual)) {
            throw new IllegalStateException(
                "The embedded PostgreSQL runs with "
                    + setting.getKey()
                    + "="
                    + actual
                    + ", which can lose acknowledged orders; it must be "
                    + setting.getValue()
                    + ". Stop it and start the platform again.");
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot connect to the embedded PostgreSQL at " + connection.jdbcUrl(), e);
    }
    LOG.debugf("Embedded PostgreSQL at %s is durable", connection.jdbcUrl());
  }
}
