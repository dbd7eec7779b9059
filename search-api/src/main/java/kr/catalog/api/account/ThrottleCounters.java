package kr.catalog.api.account;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the log-in throttle keeps its counters: PostgreSQL, shared by every API instance ({@link
 * DatabaseThrottleCounters}, issue #15); a store only has to implement these three operations
 * atomically per key. Kept apart from the rules in {@link LoginThrottle} so that swapping the store
 * changes no rule.
 */
public interface ThrottleCounters {

  /**
   * One key's state.
   *
   * @param count failures counted (or 0 for a marker such as "logged in from here before")
   * @param lockedUntil refused until then; null when not locked
   * @param expiresAt when the entry may be forgotten
   */
  record Counter(int count, Instant lockedUntil, Instant expiresAt) {}

  /** The counter of a key, unless absent or expired at {@code now}. */
  Optional<Counter> get(String key, Instant now);

  /**
   * Replaces the counter of a key atomically with {@code change} applied to its current value (null
   * when absent or expired at {@code now}); answers the new value.
   */
  Counter update(String key, Instant now, UnaryOperator<Counter> change);

  /** Forgets a key. */
  void remove(String key);
}
