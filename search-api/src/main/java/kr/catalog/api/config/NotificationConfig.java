package kr.catalog.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Notifications of order events (kr.catalog.api.notify, docs/ORDERS.md "Notifications"). They are
 * always recorded and shown in the UI; e-mail is sent only when {@link Smtp#host()} is set, so the
 * quick start sends nothing until someone names a mail server.
 */
@ConfigMapping(prefix = "catalog.notifications")
public interface NotificationConfig {

  /** The mail server. */
  Smtp smtp();

  /**
   * The sender, as {@code address} or {@code Name <address>}; its domain is also the right-hand
   * side of every Message-ID unless {@link #messageIdDomain()} says otherwise.
   */
  @WithDefault("산업용품 카탈로그 <no-reply@catalog.example>")
  String from();

  /** The domain of Message-IDs ({@code <order-12-e345.u6@DOMAIN>}); by default the sender's. */
  Optional<String> messageIdDomain();

  /** The site's public address (e.g. {@code https://catalog.example}): mails link to the order. */
  Optional<String> siteUrl();

  /**
   * How often each instance looks for mail to send besides being woken by its own commits (mail
   * enqueued through another instance, retries that have come due).
   */
  @WithDefault("5s")
  Duration pollInterval();

  /** Most mails one claim takes. */
  @WithDefault("20")
  int batchSize();

  /**
   * How long a claim holds its rows: another instance takes a row again only after this, as when
   * the claiming instance died between sending and marking (the mail then goes out a second time
   * with the same Message-ID). Must exceed a batch's worst case, {@code batch-size} times three
   * {@code smtp.timeout}s (checked at start-up).
   */
  @WithDefault("5m")
  Duration lease();

  /** Retries of a mail that could not be sent. */
  Retry retry();

  /** The mail server. */
  interface Smtp {
    /** Host name; unset (the default): no mail is sent, notifications are shown in the UI only. */
    Optional<String> host();

    /** Port: 25, or 587 with {@link #startTls()}. */
    @WithDefault("25")
    int port();

    /** User name for SMTP AUTH; none: no authentication. */
    Optional<String> username();

    /** Password for SMTP AUTH. */
    Optional<String> password();

    /** Require STARTTLS before sending (port 587 submission); off for a relay on the host. */
    @WithDefault("false")
    boolean startTls();

    /**
     * Connect, read and write timeout of each SMTP operation: a dead server never holds a batch.
     */
    @WithDefault("10s")
    Duration timeout();
  }

  /** Retries with exponential backoff. */
  interface Retry {
    /** The wait after the first failed attempt; it doubles with each further failure. */
    @WithDefault("30s")
    Duration initial();

    /** The longest wait between two attempts. */
    @WithDefault("30m")
    Duration max();

    /** Attempts before a mail is given up (FAILED, kept and counted; the UI still shows it). */
    @WithDefault("30")
    int maxAttempts();
  }
}
