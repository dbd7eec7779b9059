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
import java.util.Optional;
import kr.catalog.api.security.Role;

/** Someone who logs in: a customer company's user ({@link #companyId} set) or a staff member. */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 64)
  public String username;

  /** Bcrypt in modular crypt form ({@code $2a$10$...}); never the password. */
  @Column(name = "password_hash", nullable = false, length = 100)
  public String passwordHash;

  @Column(name = "display_name", nullable = false, length = 100)
  public String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Role role;

  /** The customer company of a {@link Role#CUSTOMER} user; null for staff. */
  @Column(name = "company_id")
  public Long companyId;

  /** Where notification e-mail goes (kr.catalog.api.notify); null: notifications in the UI only. */
  @Column(length = 254)
  public String email;

  @Column(nullable = false)
  public boolean active;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** The account with this user name (user names are compared as stored, lower case). */
  public static Optional<UserAccount> byUsername(String username) {
    return find("username", username).firstResultOptional();
  }
}
