package kr.catalog.api.support;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Every test application starts with no log-in throttle counters. They live in the database now
 * (shared by API instances), and the test PostgreSQL serves every application of the test JVM: the
 * failures one test class counts, often under a placed clock, would otherwise lock the next class's
 * log-ins out (with the counters in memory each application started empty).
 */
@ApplicationScoped
public class FreshThrottleCounters {

  @Inject DataSource dataSource;

  void onStart(@Observes StartupEvent event) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement delete = c.createStatement()) {
      delete.execute("delete from login_throttle");
    }
  }
}
