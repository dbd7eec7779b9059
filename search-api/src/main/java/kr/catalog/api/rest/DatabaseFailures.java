package kr.catalog.api.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a lost or refused database connection from other failures. While PostgreSQL restarts,
 * requests fail with exceptions wrapped differently depending on where they hit it (opening a
 * connection, a statement, the commit, Hibernate, the transaction manager); what they share is a
 * connection-class cause somewhere in the chain. Such a failure passes by itself, so the client
 * gets a 503 it may retry instead of a 500.
 */
final class DatabaseFailures {
  private DatabaseFailures() {}

  /** Whether {@code failure} or one of its causes says the database cannot be reached. */
  static boolean isConnectionLoss(Throwable failure) {
    return anyInChain(
        failure,
        t ->
            t instanceof JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || (t instanceof SQLException sql && isConnectionState(sql)));
  }

  /**
   * Whether any exception reachable from {@code failure} through causes and suppressed exceptions
   * passes {@code test}. Suppressed ones matter: when the connection dies during a commit, the
   * transaction manager throws a bare RollbackException and attaches the driver's error (SQLSTATE
   * 57P01, "terminating connection due to administrator command") only as a suppressed XAException.
   */
  private static boolean anyInChain(
      Throwable failure, java.util.function.Predicate<Throwable> test) {
    java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (failure != null) {
      pending.add(failure);
    }
    while (!pending.isEmpty() && seen.size() < 64) {
      Throwable t = pending.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (test.test(t)) {
        return true;
      }
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
      pending.addAll(java.util.Arrays.asList(t.getSuppressed()));
    }
    return false;
  }

  /**
   * Whether {@code failure} or one of its causes is a unique-key violation (SQLSTATE 23505 on
   * PostgreSQL and H2): two requests created the same thing (a collection slug, say) at the same
   * instant and the database kept the first. The checks before the insert catch every other case;
   * this is the loser of that race, a conflict the client can resolve, not a server fault.
   */
  static boolean isUniqueConflict(Throwable failure) {
    return anyInChain(
        failure, t -> t instanceof SQLException sql && "23505".equals(sql.getSQLState()));
  }

  /**
   * Whether the database refused text the client sent: a NUL byte or a character the encoding
   * cannot hold (SQLSTATE 22021 and 22P05 on PostgreSQL). Endpoints check their inputs before a
   * query; this is the safety net that turns a missed one into the client's error, not a 500.
   */
  static boolean isUnstorableText(Throwable failure) {
    return anyInChain(
        failure,
        t ->
            t instanceof SQLException sql
                && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())));
  }

  /**
   * SQLSTATE class 08 (connection exception: refused, broken, lost during commit) and 57P (operator
   * intervention: the server is shutting down, terminated the session, or is starting up); the
   * pool's own "acquisition timeout" carries no state.
   */
  private static boolean isConnectionState(SQLException e) {
    String state = e.getSQLState();
    if (state != null) {
      return state.startsWith("08") || state.startsWith("57P");
    }
    String message = e.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
  }
}
