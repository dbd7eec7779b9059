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
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof JDBCConnectionException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && isConnectionState(sql)) {
        return true;
      }
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
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the database refused text the client sent: a NUL byte or a character the encoding
   * cannot hold (SQLSTATE 22021 and 22P05 on PostgreSQL). Endpoints check their inputs before a
   * query; this is the safety net that turns a missed one into the client's error, not a 500.
   */
  static boolean isUnstorableText(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof SQLException sql
          && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
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
