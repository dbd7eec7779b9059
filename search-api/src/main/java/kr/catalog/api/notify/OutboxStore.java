package kr.catalog.api.notify;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sender's side of the outbox, in plain SQL on pooled connections, each statement its own
 * transaction: a claim must be committed before the mail goes out (so that no other instance takes
 * the row while it is being sent), and a mail server call must never hold a transaction or a row
 * lock open. Times are the database's ({@code now()}): every instance compares leases and due times
 * on one clock, whatever the drift between the instances' own.
 */
@ApplicationScoped
public class OutboxStore {

  /**
   * Takes up to N due rows nobody holds: {@code FOR UPDATE SKIP LOCKED} keeps two instances
   * claiming at the same moment off each other's rows (each gets different ones, neither waits),
   * the lease keeps them off rows claimed earlier and still being sent. A row whose lease ran out
   * (its sender died) is due again. The attempt is counted at the claim, so a sender that dies in
   * the middle of sending still uses one up.
   */
  private static final String CLAIM =
      "UPDATE notification n SET lease_token = ?,"
          + " lease_until = now() + ? * INTERVAL '1 millisecond',"
          + " mail_attempts = n.mail_attempts + 1"
          + " WHERE n.id IN (SELECT id FROM notification"
          + " WHERE mail_status = 'PENDING' AND next_attempt_at <= now()"
          + " AND (lease_until IS NULL OR lease_until < now())"
          + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
          + " RETURNING n.id, n.event_key, n.user_id, n.mail_to, n.title, n.body, n.mail_attempts";

  /** Only the holder of the claim marks the row: a sender whose lease ran out changes nothing. */
  private static final String SENT =
      "UPDATE notification SET mail_status = 'SENT', sent_at = now(), lease_token = NULL,"
          + " lease_until = NULL, last_error = NULL WHERE id = ? AND lease_token = ?";

  private static final String FAILED =
      "UPDATE notification SET mail_status = ?,"
          + " next_attempt_at = now() + ? * INTERVAL '1 millisecond',"
          + " lease_token = NULL, lease_until = NULL, last_error = ?"
          + " WHERE id = ? AND lease_token = ?";

  @Inject AgroalDataSource dataSource;

  /**
   * A claimed mail.
   *
   * @param token the claim's own token, needed to mark it
   * @param attempts attempts including this one
   */
  public record Claimed(
      long id,
      String eventKey,
      long userId,
      String mailTo,
      String title,
      String body,
      int attempts,
      String token) {}

  /** Claims up to {@code limit} due mails for {@code lease}. */
  public List<Claimed> claim(int limit, Duration lease) throws SQLException {
    String token = UUID.randomUUID().toString();
    List<Claimed> claimed = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(CLAIM)) {
      s.setString(1, token);
      s.setDouble(2, lease.toMillis());
      s.setInt(3, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          claimed.add(
              new Claimed(
                  r.getLong(1),
                  r.getString(2),
                  r.getLong(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getInt(7),
                  token));
        }
      }
    }
    return claimed;
  }

  /**
   * Marks a mail sent.
   *
   * @return false when the claim was lost (the lease ran out and another sender took the row)
   */
  public boolean markSent(Claimed mail) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SENT)) {
      s.setLong(1, mail.id());
      s.setString(2, mail.token());
      return s.executeUpdate() == 1;
    }
  }

  /**
   * Records a failed attempt: due again after {@code retryIn}, or given up ({@code giveUp}).
   *
   * @return false when the claim was lost
   */
  public boolean markFailed(Claimed mail, boolean giveUp, Duration retryIn, String error)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(FAILED)) {
      s.setString(1, giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name());
      s.setDouble(2, retryIn.toMillis());
      s.setString(3, error.length() > 500 ? error.substring(0, 500) : error);
      s.setLong(4, mail.id());
      s.setString(5, mail.token());
      return s.executeUpdate() == 1;
    }
  }
}
