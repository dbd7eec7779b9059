package kr.catalog.api.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry waits: doubling from the initial wait, capped, and jittered downwards only. */
class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

  @Test
  void theWaitDoublesWithEachFailureUpToTheCap() {
    assertThat(backoff.after(1, 0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(2, 0)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.after(5, 0)).isEqualTo(Duration.ofSeconds(480));
    // 30 s x 2^6 = 32 min is above the cap.
    assertThat(backoff.after(7, 0)).isEqualTo(Duration.ofMinutes(30));
    assertThat(backoff.after(1_000, 0)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void jitterTakesAtMostAFifthOff() {
    assertThat(backoff.after(1, 0.5)).isEqualTo(Duration.ofSeconds(27));
    assertThat(backoff.after(1, 0.999_999)).isGreaterThan(Duration.ofSeconds(24));
    assertThat(backoff.after(7, 0.999_999)).isGreaterThan(Duration.ofMinutes(24));
  }
}
