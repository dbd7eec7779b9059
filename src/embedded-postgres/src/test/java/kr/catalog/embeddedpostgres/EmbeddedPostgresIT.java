package kr.catalog.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The quick start's server life cycle on a real PostgreSQL: created on first use with the durable
 * settings, reused while it runs, started again with its data after a SIGKILL, stopped.
 */
class EmbeddedPostgresIT {

  @Test
  void createdDurableReusedRecoveredAfterAKillAndStopped() throws Exception {
    // Under target/: reachable by the server user when the tests run as root (/tmp would be too,
    // but the logs stay here for a post-mortem).
    Path directory = Path.of("target", "embedded-postgres-it").toAbsolutePath();
    EmbeddedPostgres postgres = EmbeddedPostgres.in(directory, "catalogdb");
    postgres.stop();
    Archives.deleteRecursively(directory);
    try {
      EmbeddedPostgres.Connection first = postgres.startOrReuse();
      try (Connection db = open(first);
          Statement statement = db.createStatement()) {
        for (var setting : EmbeddedPostgres.DURABLE_SETTINGS.entrySet()) {
          assertThat(show(statement, setting.getKey()))
              .as(setting.getKey())
              .isEqualTo(setting.getValue());
        }
        // Korean text needs the UTF8 encoding whatever the machine's locales.
        assertThat(show(statement, "server_encoding")).isEqualTo("UTF8");
        statement.execute("CREATE TABLE confirmed (id int PRIMARY KEY, note text)");
        statement.execute("INSERT INTO confirmed VALUES (1, '주문 확인')");
      }

      // A second start while it runs (the API was killed and started again) reuses it.
      long postmaster = postgres.postmasterPid();
      assertThat(postmaster).isPositive();
      EmbeddedPostgres.Connection again =
          EmbeddedPostgres.in(directory, "catalogdb").startOrReuse();
      assertThat(again).isEqualTo(first);
      assertThat(postgres.postmasterPid()).isEqualTo(postmaster);

      // SIGKILL to the postmaster and its backends: the next start recovers, same port, same data.
      List<ProcessHandle> victims = new ArrayList<>();
      ProcessHandle.of(postmaster)
          .ifPresent(
              handle -> {
                victims.add(handle);
                victims.addAll(handle.descendants().toList());
              });
      victims.forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle victim : victims) {
        victim.onExit().get(30, TimeUnit.SECONDS);
      }
      assertThat(postgres.isRunning()).isFalse();
      EmbeddedPostgres.Connection recovered = postgres.startOrReuse();
      assertThat(recovered.port()).isEqualTo(first.port());
      assertThat(postgres.postmasterPid()).isNotEqualTo(postmaster);
      try (Connection db = open(recovered);
          Statement statement = db.createStatement();
          ResultSet rows = statement.executeQuery("SELECT note FROM confirmed WHERE id = 1")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("주문 확인");
      }

      postgres.stop();
      assertThat(postgres.isRunning()).isFalse();
    } finally {
      postgres.stop();
    }
  }

  private static Connection open(EmbeddedPostgres.Connection connection) throws Exception {
    return DriverManager.getConnection(
        connection.jdbcUrl(), connection.username(), connection.password());
  }

  private static String show(Statement statement, String setting) throws Exception {
    try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
      result.next();
      return result.getString(1);
    }
  }
}
