package kr.catalog.api.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The throttle's counters in PostgreSQL (table {@code login_throttle}), shared by every API
 * instance: a guesser spreading attempts over the instances behind the load balancer meets one set
 * of counters, and a lock holds on all of them (ADR "cluster": a shared store rather than counters
 * broadcast between memories, which would race and forget everything on a restart).
 *
 * <p>An update runs in a transaction of its own that locks the key's row ({@code select ... for
 * update}, after inserting it if absent), so two instances counting the same key at once both
 * count. Entries carry their own expiry, compared with the application clock (tests move it);
 * expired rows are deleted every {@link #SWEEP_EVERY} updates. Log-ins are rare next to searches,
 * and each already costs a bcrypt check, so three statements per counter are cheap.
 */
@ApplicationScoped
public class DatabaseThrottleCounters implements ThrottleCounters {

  /** Expired rows are swept after this many updates. */
  static final int SWEEP_EVERY = 500;

  /** The placeholder row's expiry: expired for any clock, so it reads as absent. */
  private static final OffsetDateTime LONG_AGO =
      OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Inject DataSource dataSource;

  private final AtomicInteger updates = new AtomicInteger();

  @Override
  public Optional<Counter> get(String key, Instant now) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection c = dataSource.getConnection();
                  PreparedStatement select =
                      c.prepareStatement(
                          "select failures, locked_until, expires_at from login_throttle"
                              + " where throttle_key = ? and expires_at > ?")) {
                select.setString(1, key);
                select.setObject(2, at(now));
                try (ResultSet row = select.executeQuery()) {
                  return row.next() ? Optional.of(counter(row)) : Optional.<Counter>empty();
                }
              }
            });
  }

  @Override
  public Counter update(String key, Instant now, UnaryOperator<Counter> change) {
    Counter updated =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  try (Connection c = dataSource.getConnection()) {
                    try (PreparedStatement insert =
                        c.prepareStatement(
                            "insert into login_throttle (throttle_key, failures, expires_at)"
                                + " values (?, 0, ?) on conflict (throttle_key) do nothing")) {
                      insert.setString(1, key);
                      insert.setObject(2, LONG_AGO);
                      insert.executeUpdate();
                    }
                    Counter current;
                    try (PreparedStatement select =
                        c.prepareStatement(
                            "select failures, locked_until, expires_at from login_throttle"
                                + " where throttle_key = ? for update")) {
                      select.setString(1, key);
                      try (ResultSet row = select.executeQuery()) {
                        row.next();
                        Counter stored = counter(row);
                        current = stored.expiresAt().isAfter(now) ? stored : null;
                      }
                    }
                    Counter next = change.apply(current);
                    try (PreparedStatement write =
                        c.prepareStatement(
                            "update login_throttle set failures = ?, locked_until = ?,"
                                + " expires_at = ? where throttle_key = ?")) {
                      write.setInt(1, next.count());
                      write.setObject(
                          2, next.lockedUntil() == null ? null : at(next.lockedUntil()));
                      write.setObject(3, at(next.expiresAt()));
                      write.setString(4, key);
                      write.executeUpdate();
                    }
                    return next;
                  }
                });
    if (updates.incrementAndGet() % SWEEP_EVERY == 0) {
      sweep(now);
    }
    return updated;
  }

  @Override
  public void remove(String key) {
    execute("delete from login_throttle where throttle_key = ?", key);
  }

  /** Deletes the entries expired at {@code now}. */
  void sweep(Instant now) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              try (Connection c = dataSource.getConnection();
                  PreparedStatement delete =
                      c.prepareStatement("delete from login_throttle where expires_at <= ?")) {
                delete.setObject(1, at(now));
                delete.executeUpdate();
              } catch (SQLException e) {
                throw new IllegalStateException("Could not sweep the log-in throttle", e);
              }
            });
  }

  private void execute(String sql, String key) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              try (Connection c = dataSource.getConnection();
                  PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setString(1, key);
                statement.executeUpdate();
              } catch (SQLException e) {
                throw new IllegalStateException("Could not update the log-in throttle", e);
              }
            });
  }

  private static Counter counter(ResultSet row) throws SQLException {
    OffsetDateTime locked = row.getObject("locked_until", OffsetDateTime.class);
    return new Counter(
        row.getInt("failures"),
        locked == null ? null : locked.toInstant(),
        row.getObject("expires_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
