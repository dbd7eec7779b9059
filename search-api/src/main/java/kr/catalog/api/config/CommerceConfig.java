package kr.catalog.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of accounts, quotes and orders ({@code commerce.*} in application.properties). */
@ConfigMapping(prefix = "commerce")
public interface CommerceConfig {

  /** How long a log-in session lasts. */
  @WithDefault("PT12H")
  Duration sessionTtl();

  /**
   * Mark the session cookie {@code Secure} (sent over HTTPS only). On in production, where nginx
   * terminates TLS; off for the quick start on plain http://localhost, where browsers would drop a
   * Secure cookie and the UI could not log in.
   */
  @WithDefault("false")
  boolean sessionCookieSecure();

  /**
   * Seed the demo accounts (one per role) and stock for the served catalog on an empty database. On
   * for the quick start and tests; off in production.
   */
  @WithDefault("true")
  boolean seedDemo();

  /**
   * Import the generated order history that travels with the served catalog (its {@code
   * order-history.json}) once, as delivered orders of seeded buyer accounts, so recommendations
   * have purchases to learn from. On for the quick start and tests; off in production.
   */
  @WithDefault("true")
  boolean seedHistory();

  /** The business time zone: "today" for promotions and quote validity. */
  @WithDefault("Asia/Seoul")
  ZoneId zone();

  /** Days a quote stays valid, counting the day it is made. */
  @WithDefault("14")
  int quoteValidityDays();

  /** A TrueType font with Hangul for the quote sheet; a Latin-only fallback is used when absent. */
  @WithDefault("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
  Path pdfFont();
}
