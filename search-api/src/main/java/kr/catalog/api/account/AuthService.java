package kr.catalog.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.SessionLookup;

/** Log-in, log-out and session look-up. */
@ApplicationScoped
public class AuthService implements SessionLookup {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CommerceConfig config;
  @Inject LoginThrottle throttle;

  /**
   * Checks the password and opens a session.
   *
   * @throws BusinessRefusal {@link Refusal#WRONG_CREDENTIALS} when the user is unknown, inactive or
   *     the password is wrong (one message for all three, so the answer does not reveal which user
   *     names exist)
   * @throws BusinessRefusal {@link Refusal#TOO_MANY_ATTEMPTS} while a lock applies to this name
   *     from this client address after repeated failures ({@link LoginThrottle})
   * @param address the client's address (the TCP peer, or the one a trusted proxy named)
   */
  @Transactional
  public Login login(String username, String password, String address) {
    String name = username.trim().toLowerCase(Locale.ROOT);
    throttle.check(name, address);
    Optional<UserAccount> found = UserAccount.byUsername(name);
    boolean ok = Passwords.matches(password, found.map(u -> u.passwordHash).orElse(null));
    if (!ok || !found.get().active) {
      throttle.failed(name, address);
      throw new BusinessRefusal(Refusal.WRONG_CREDENTIALS, "Wrong user name or password.");
    }
    throttle.succeeded(name, address);
    UserAccount user = found.get();
    // Expired sessions go when their user logs in again, so the table does not grow forever.
    AuthSession.delete("userId = ?1 and expiresAt < ?2", user.id, Instant.now());
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    AuthSession session = new AuthSession();
    session.tokenHash = sha256(token);
    session.userId = user.id;
    session.createdAt = Instant.now();
    session.expiresAt = session.createdAt.plus(config.sessionTtl());
    session.persist();
    return new Login(token, session.expiresAt, user);
  }

  /** The active user of an unexpired session, if the token names one. */
  @Transactional
  public Optional<UserAccount> userOfSession(String token) {
    AuthSession session = AuthSession.findById(sha256(token));
    if (session == null || !session.expiresAt.isAfter(Instant.now())) {
      return Optional.empty();
    }
    UserAccount user = UserAccount.findById(session.userId);
    return user != null && user.active ? Optional.of(user) : Optional.empty();
  }

  @Override
  @Transactional
  public Optional<Actor> actorOfSession(String token) {
    return userOfSession(token).map(u -> new Actor(u.id, u.username, u.role, u.companyId));
  }

  /** Ends the session of this token (no-op when it is already gone). */
  @Transactional
  public void logout(String token) {
    AuthSession.deleteById(sha256(token));
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * An opened session.
   *
   * @param token the bearer token, shown once
   * @param expiresAt when it stops working
   * @param user who logged in
   */
  public record Login(String token, Instant expiresAt, UserAccount user) {}
}
