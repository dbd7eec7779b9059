package kr.catalog.api.account;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Role;

/**
 * What administrators do to accounts: find them, deactivate and reactivate them, reset their
 * password, end their sessions. Every action writes an {@link AccountAudit} row in its own
 * transaction. Ending sessions deletes their rows, and every request looks its session up, so an
 * ended or deactivated account's next request is already answered 401.
 */
@ApplicationScoped
public class UserAdministration {

  /** Letters and digits that cannot be mistaken for one another when read out on the phone. */
  private static final String TEMPORARY_ALPHABET =
      "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

  /** 16 characters of 54: about 92 bits, more than any password a person picks. */
  private static final int TEMPORARY_LENGTH = 16;

  /** Bcrypt reads only the first 72 bytes of a password; longer ones are refused, not cut. */
  static final int MAX_PASSWORD_BYTES = 72;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Clock clock;
  @Inject LoginThrottle throttle;

  /**
   * An account as administrators see it.
   *
   * @param openSessions unexpired sessions right now
   */
  public record AdminUser(
      long id,
      String username,
      String displayName,
      Role role,
      Long companyId,
      String companyName,
      String email,
      boolean active,
      Instant createdAt,
      long openSessions) {}

  /** One audit row as answered. */
  public record AuditEntry(
      long id,
      Instant at,
      String actor,
      AccountAudit.Action action,
      long userId,
      String username,
      String detail) {}

  /**
   * The result of a password reset.
   *
   * @param temporaryPassword the generated password, shown this once; null when the administrator
   *     chose the password
   * @param endedSessions sessions ended by the reset
   */
  public record PasswordReset(String temporaryPassword, long endedSessions) {}

  /**
   * Accounts whose user name or display name contains {@code query} (ignoring case), optionally of
   * one role and activity, by user name.
   */
  @Transactional
  public List<AdminUser> search(String query, Role role, Boolean active, int page, int size) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (query != null && !query.isBlank()) {
      where.append(
          " and (lower(username) like :q escape '!' or lower(displayName) like :q escape '!')");
      params.and("q", "%" + likeLiteral(query.strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (role != null) {
      where.append(" and role = :role");
      params.and("role", role);
    }
    if (active != null) {
      where.append(" and active = :active");
      params.and("active", active);
    }
    return UserAccount.<UserAccount>find(
            where.toString(), Sort.by("username").and("id"), params.map())
        .page(Page.of(page, size))
        .list()
        .stream()
        .map(this::view)
        .toList();
  }

  /** One account. */
  @Transactional
  public AdminUser get(long id) {
    return view(account(id));
  }

  /**
   * Deactivates an account and ends its sessions at once.
   *
   * @throws BusinessRefusal {@link Refusal#OWN_ACCOUNT} for the administrator's own account
   */
  @Transactional
  public AdminUser deactivate(Actor actor, long id) {
    UserAccount user = account(id);
    if (user.id == actor.userId()) {
      throw new BusinessRefusal(
          Refusal.OWN_ACCOUNT, "Administrators cannot deactivate their own account.");
    }
    long ended = endSessionsOf(user);
    boolean was = user.active;
    user.active = false;
    audit(
        actor,
        AccountAudit.Action.DEACTIVATE,
        user,
        (was ? "" : "already inactive; ") + ended + " session(s) ended");
    return view(user);
  }

  /** Lets an account log in again (and forgets failed log-ins counted against its name). */
  @Transactional
  public AdminUser reactivate(Actor actor, long id) {
    UserAccount user = account(id);
    boolean was = user.active;
    user.active = true;
    throttle.clear(user.username);
    audit(actor, AccountAudit.Action.REACTIVATE, user, was ? "already active" : null);
    return view(user);
  }

  /**
   * Sets a new password, the one given or a generated temporary one (answered once), and ends the
   * account's sessions: whoever held the old password is logged out.
   *
   * @throws InvalidParameterException {@code password} when longer than bcrypt reads (72 bytes)
   */
  @Transactional
  public PasswordReset resetPassword(Actor actor, long id, String chosen) {
    UserAccount user = account(id);
    if (chosen != null && chosen.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw new InvalidParameterException(
          "password", "at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (bcrypt reads no more)");
    }
    String password = chosen != null ? chosen : temporaryPassword();
    user.passwordHash = Passwords.hash(password);
    long ended = endSessionsOf(user);
    throttle.clear(user.username);
    audit(
        actor,
        AccountAudit.Action.RESET_PASSWORD,
        user,
        (chosen != null ? "password set by the administrator" : "temporary password generated")
            + "; "
            + ended
            + " session(s) ended");
    return new PasswordReset(chosen != null ? null : password, ended);
  }

  /** Ends every session of an account; answers how many were open (expired ones included). */
  @Transactional
  public long endSessions(Actor actor, long id) {
    UserAccount user = account(id);
    long ended = endSessionsOf(user);
    audit(actor, AccountAudit.Action.END_SESSIONS, user, ended + " session(s) ended");
    return ended;
  }

  /** The newest audit rows first, optionally of one account. */
  @Transactional
  public List<AuditEntry> audit(Long userId, int page, int size) {
    var rows =
        userId == null
            ? AccountAudit.<AccountAudit>findAll(Sort.descending("id"))
            : AccountAudit.<AccountAudit>find("targetId", Sort.descending("id"), userId);
    return rows.page(Page.of(page, size)).list().stream()
        .map(
            a ->
                new AuditEntry(
                    a.id, a.doneAt, a.actorName, a.action, a.targetId, a.targetName, a.detail))
        .toList();
  }

  private static UserAccount account(long id) {
    UserAccount user = UserAccount.findById(id);
    if (user == null) {
      throw new BusinessRefusal(Refusal.USER_NOT_FOUND, "No user account has the id " + id + ".");
    }
    return user;
  }

  private static long endSessionsOf(UserAccount user) {
    return AuthSession.delete("userId", user.id);
  }

  /**
   * Sets or removes (null or blank) the address notification e-mail goes to.
   *
   * @param email a valid address (checked at the edge), or null to remove it
   */
  @Transactional
  public AdminUser setEmail(Actor actor, long id, String email) {
    UserAccount user = account(id);
    String was = user.email;
    user.email = email(email);
    String detail = (was == null ? "-" : was) + " -> " + (user.email == null ? "-" : user.email);
    // Two addresses of 254 characters would not fit the 400 of the audit's detail column.
    audit(
        actor,
        AccountAudit.Action.SET_EMAIL,
        user,
        detail.length() > 400 ? detail.substring(0, 400) : detail);
    return view(user);
  }

  /** An address as stored: trimmed, null when blank. */
  static String email(String email) {
    return email == null || email.isBlank() ? null : email.strip();
  }

  private void audit(Actor actor, AccountAudit.Action action, UserAccount target, String detail) {
    AccountAudit a = new AccountAudit();
    a.doneAt = clock.instant();
    a.actorId = actor.userId();
    a.actorName = actor.username();
    a.action = action;
    a.targetId = target.id;
    a.targetName = target.username;
    a.detail = detail;
    a.persist();
  }

  private AdminUser view(UserAccount u) {
    String company = null;
    if (u.companyId != null) {
      CustomerCompany c = CustomerCompany.findById(u.companyId);
      company = c == null ? null : c.name;
    }
    long open = AuthSession.count("userId = ?1 and expiresAt > ?2", u.id, clock.instant());
    return new AdminUser(
        u.id,
        u.username,
        u.displayName,
        u.role,
        u.companyId,
        company,
        u.email,
        u.active,
        u.createdAt,
        open);
  }

  private static String temporaryPassword() {
    StringBuilder sb = new StringBuilder(TEMPORARY_LENGTH);
    for (int i = 0; i < TEMPORARY_LENGTH; i++) {
      sb.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
    }
    return sb.toString();
  }

  /** A LIKE pattern matching the text literally ({@code !} escapes the wildcards). */
  private static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
