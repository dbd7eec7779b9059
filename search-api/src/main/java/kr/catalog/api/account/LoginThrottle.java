package kr.catalog.api.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;

/**
 * Slows password guessing per user name: after {@value #FREE_FAILURES} failed log-ins in a row,
 * every attempt is refused (429 with Retry-After, before the password is even checked, so the right
 * password does not help either) until a lock runs out: 30 s after the sixth failure, doubling with
 * each further one up to 15 minutes. A successful log-in clears the count.
 *
 * <p>Keyed by user name, not by client address: behind nginx every client has the proxy's address,
 * and guessing one account from many addresses is the attack to stop. The price is that someone can
 * keep an account locked by failing on purpose, for at most 15 minutes at a time, which the
 * counsellors can bridge by phone; unknown user names are counted the same way, so the answers do
 * not tell which names exist. Counts live in memory, bounded and expiring (one API instance, as
 * docker-compose runs it).
 */
@ApplicationScoped
public class LoginThrottle {

  /** Failed log-ins in a row that are answered normally. */
  static final int FREE_FAILURES = 5;

  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

  private final Cache<String, Failures> failures =
      Caffeine.newBuilder()
          .maximumSize(100_000)
          .expireAfterAccess(LONGEST_LOCK.multipliedBy(4))
          .build();

  @Inject Clock clock;

  /**
   * Refuses the attempt while the user name is locked.
   *
   * @throws BusinessRefusal {@link Refusal#TOO_MANY_ATTEMPTS} with the seconds until the lock runs
   *     out
   */
  public void check(String username) {
    Failures f = failures.getIfPresent(username);
    if (f == null || f.lockedUntil == null) {
      return;
    }
    Duration left = Duration.between(clock.instant(), f.lockedUntil);
    if (!left.isNegative() && !left.isZero()) {
      throw new BusinessRefusal(
              Refusal.TOO_MANY_ATTEMPTS,
              "Too many failed log-ins for this user. Try again in a moment.")
          .retryAfter(Math.max(1, (left.toMillis() + 999) / 1000));
    }
  }

  /** Counts a failed attempt; from the sixth in a row on, locks the name for a while. */
  public void failed(String username) {
    failures.asMap().compute(username, (name, f) -> next(f == null ? 0 : f.count));
  }

  /** A successful log-in: the count starts again. */
  public void succeeded(String username) {
    failures.invalidate(username);
  }

  /** Forgets the failures of a user name (an administrator unlocking it; tests). */
  public void clear(String username) {
    failures.invalidate(username);
  }

  private Failures next(int before) {
    int count = before + 1;
    if (count <= FREE_FAILURES) {
      return new Failures(count, null);
    }
    int doublings = Math.min(count - FREE_FAILURES - 1, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    if (lock.compareTo(LONGEST_LOCK) > 0) {
      lock = LONGEST_LOCK;
    }
    return new Failures(count, clock.instant().plus(lock));
  }

  private record Failures(int count, Instant lockedUntil) {}
}
