package kr.catalog.api.account;

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
 * One administrative action on a user account: who did what to whom, when. Written in the
 * transaction of the action, so there is never an action without its row nor the reverse. Names are
 * copied as they were, so the row still reads right after a rename. Never holds a password.
 */
@Entity
@Table(name = "account_audit")
public class AccountAudit extends PanacheEntityBase {

  /** What was done. */
  public enum Action {
    /** The account can no longer log in; its sessions ended. */
    DEACTIVATE,
    /** The account can log in again. */
    REACTIVATE,
    /** A new password was set (by the administrator or generated); its sessions ended. */
    RESET_PASSWORD,
    /** Every session of the account was ended. */
    END_SESSIONS,
    /** The notification e-mail address was set, changed or removed (detail: old and new). */
    SET_EMAIL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "done_at", nullable = false)
  public Instant doneAt;

  @Column(name = "actor_id", nullable = false)
  public Long actorId;

  @Column(name = "actor_name", nullable = false, length = 64)
  public String actorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "audit_action", nullable = false, length = 16)
  public Action action;

  @Column(name = "target_id", nullable = false)
  public Long targetId;

  @Column(name = "target_name", nullable = false, length = 64)
  public String targetName;

  /** What else is worth knowing (sessions ended, password generated or set); never a secret. */
  @Column(length = 400)
  public String detail;
}
