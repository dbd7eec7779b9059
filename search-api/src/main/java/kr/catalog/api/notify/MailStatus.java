package kr.catalog.api.notify;

/** Where a notification's e-mail stands. */
public enum MailStatus {
  /** To be sent (now or at {@code next_attempt_at}). */
  PENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** Given up: refused for good by the server, or out of attempts. */
  FAILED,
  /** No mail for it: the user has no address, or no SMTP server was configured when it happened. */
  NONE
}
