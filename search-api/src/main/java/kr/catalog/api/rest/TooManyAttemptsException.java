package kr.catalog.api.rest;

/** A refusal to try again later: 429 problem with a Retry-After of {@link #retryAfterSeconds()}. */
public class TooManyAttemptsException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyAttemptsException(String clientMessage, long retryAfterSeconds) {
    super(429, clientMessage);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds until an attempt may succeed. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
