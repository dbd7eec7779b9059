package kr.catalog.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/**
 * Which failures are the database's connection going away, as the transaction manager wraps them.
 */
class DatabaseFailuresTest {

  @Test
  void aCommitLostWithTheConnectionIsFoundInTheSuppressedXaException() {
    // What a PostgreSQL restart during a commit looked like in the CI simulation: a bare
    // RollbackException with the driver's 57P01 only under a suppressed XAException.
    XAException xa = new XAException("Error trying to transactionCommit local transaction");
    xa.initCause(
        new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit");
    rollback.addSuppressed(xa);
    assertThat(DatabaseFailures.isConnectionLoss(new IllegalStateException(rollback))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseFailures.isConnectionLoss(new IllegalStateException("bug"))).isFalse();
    assertThat(
            DatabaseFailures.isConnectionLoss(
                new RuntimeException(new SQLException("syntax error", "42601"))))
        .isFalse();
  }

  @Test
  void cyclesInSuppressedExceptionsEndTheSearch() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.addSuppressed(b);
    assertThat(DatabaseFailures.isConnectionLoss(a)).isFalse();
    assertThat(DatabaseFailures.isUniqueConflict(a)).isFalse();
  }

  @Test
  void uniqueAndUnstorableTextAreTold() {
    assertThat(DatabaseFailures.isUniqueConflict(new SQLException("duplicate key", "23505")))
        .isTrue();
    assertThat(DatabaseFailures.isUnstorableText(new SQLException("invalid byte", "22021")))
        .isTrue();
  }
}
