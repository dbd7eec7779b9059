package kr.catalog.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The log-in settings as shipped outside the quick start, which the test profile relaxes: the
 * address-wide log-in lock at its default, the platform-wide one lowered to keep tests short, and
 * no demo accounts offered to the log-in page.
 */
public class ShippedAuthDefaults implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "catalog.auth.throttle.per-address", "20",
        "catalog.auth.throttle.per-user", "50",
        "catalog.auth.throttle.global-per-minute", "30",
        "catalog.auth.show-demo-accounts", "false");
  }
}
