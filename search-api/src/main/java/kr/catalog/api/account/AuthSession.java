package kr.catalog.api.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An open log-in session. Only the SHA-256 of the bearer token is kept, so a leaked database copy
 * does not hand out live sessions.
 */
@Entity
@Table(name = "auth_session")
public class AuthSession extends PanacheEntityBase {

  @Id
  @Column(name = "token_hash", length = 64)
  public String tokenHash;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;
}
