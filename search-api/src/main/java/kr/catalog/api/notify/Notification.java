package kr.catalog.api.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event for one user: their notification in the UI and, when it has an address, the e-mail's
 * delivery state. Written by {@link Outbox}; the mail columns are then changed only by {@link
 * OutboxStore} (claims and marks in SQL, so that concurrent senders never step on each other).
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "event_key", nullable = false, length = 100)
  public String eventKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  public NotificationKind kind;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Column(name = "company_id")
  public Long companyId;

  @Column(name = "order_id")
  public Long orderId;

  @Column(nullable = false, length = 300)
  public String title;

  @Column(nullable = false, length = 4000)
  public String body;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "read_at")
  public Instant readAt;

  @Column(name = "mail_to", length = 254)
  public String mailTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_status", nullable = false, length = 16)
  public MailStatus mailStatus;

  @Column(name = "mail_attempts", nullable = false)
  public int mailAttempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "last_error", length = 500)
  public String lastError;
}
