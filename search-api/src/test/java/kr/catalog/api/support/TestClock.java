package kr.catalog.api.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system clock until a test places "now" at an exact instant
 * (just before a collection starts, just after it ends), which replaces sleeping. Being a {@link
 * Clock} bean, it replaces the default one of {@code ClockProducer}. Tests that set it reset it
 * afterwards, since one application serves many test classes.
 */
@Singleton
public class TestClock extends Clock {

  private volatile Instant fixed;

  /** From now on, "now" is this instant. */
  public void set(Instant now) {
    fixed = now;
  }

  /** Back to the system clock. */
  public void reset() {
    fixed = null;
  }

  @Override
  public Instant instant() {
    Instant f = fixed;
    return f == null ? Instant.now() : f;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    Instant f = fixed;
    return f == null ? Clock.system(zone) : Clock.fixed(f, zone);
  }
}
