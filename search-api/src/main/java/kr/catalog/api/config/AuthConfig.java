package kr.catalog.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Settings of log-in, sessions and request-origin checks ({@code catalog.auth.*}; environment
 * variables {@code CATALOG_AUTH_...}). Which proxies may name the client address is Quarkus' own
 * {@code quarkus.http.proxy.trusted-proxies} ({@code CATALOG_TRUSTED_PROXIES}, application
 * .properties).
 */
@ConfigMapping(prefix = "catalog.auth")
public interface AuthConfig {

  /** Log-in throttling (kr.catalog.api.account.LoginThrottle). */
  Throttle throttle();

  /**
   * Origins (scheme://host[:port]) besides the request's own that may send state-changing requests
   * with the session cookie, e.g. {@code https://catalog.example.com} when the public name differs
   * from the Host the API sees. The request's own origin (after trusted proxy headers) is always
   * allowed.
   */
  Optional<List<String>> allowedOrigins();

  /**
   * Offer the demo accounts and their passwords to the log-in page ({@code GET
   * /api/auth/demo-accounts}). On in the quick start ({@code %embedded}) only: anywhere else the
   * endpoint answers 404 and the page shows none.
   */
  @WithDefault("false")
  boolean showDemoAccounts();

  /** Thresholds of the log-in throttle; locks start at 30 s and double up to 15 minutes. */
  interface Throttle {
    /** Failures in a row for one user name from one client address before that pair is locked. */
    @WithDefault("5")
    int perUserAndAddress();

    /**
     * Failures from one client address, over every user name (password spraying), before that
     * address is locked. Success does not reset it.
     */
    @WithDefault("20")
    int perAddress();

    /**
     * Failures for one user name from every address together before the name is locked for
     * addresses that never logged in to it successfully (guessing from many addresses); clients
     * that did keep logging in.
     */
    @WithDefault("50")
    int perUser();

    /**
     * Failed log-ins per minute over the whole platform above which only addresses that logged in
     * successfully before are served (a spray from many addresses).
     */
    @WithDefault("300")
    int globalPerMinute();
  }
}
