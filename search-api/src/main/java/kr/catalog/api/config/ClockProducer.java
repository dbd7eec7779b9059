package kr.catalog.api.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now" for time-windowed rules (collections, merchandising, collection
 * discounts). Code that asks the injected {@link Clock} instead of {@code Instant.now()} can be
 * tested at exact instants (just before a start, just after an end) by a test bean that replaces
 * this default, without sleeping.
 */
@ApplicationScoped
public class ClockProducer {

  /** The system clock in UTC; instants do not depend on a zone. */
  @Produces
  @Singleton
  @DefaultBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
