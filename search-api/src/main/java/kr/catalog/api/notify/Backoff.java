package kr.catalog.api.notify;

import java.time.Duration;

/**
 * The wait before the next attempt at a mail: {@code initial} after the first failure, doubling
 * with each further one, never above {@code max}, with up to a fifth taken off at random so that
 * mails that failed together (a server outage) do not all come back at the same instant.
 */
public record Backoff(Duration initial, Duration max) {

  /**
   * The wait after {@code attempts} failed attempts.
   *
   * @param attempts failed attempts so far, at least 1
   * @param random a number in [0, 1): 0 gives the full wait, close to 1 four fifths of it
   */
  public Duration after(int attempts, double random) {
    long cap = max.toMillis();
    long wait = initial.toMillis();
    for (int i = 1; i < attempts && wait < cap; i++) {
      wait *= 2;
    }
    wait = Math.min(wait, cap);
    return Duration.ofMillis(wait - (long) (wait * 0.2 * random));
  }
}
