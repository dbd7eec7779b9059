package kr.catalog.ingest.normalize;

import kr.catalog.ingest.report.RejectReason;

/**
 * A field value that cannot be normalised. Carries the reject reason and field so the caller can
 * report it with the row's location.
 */
public final class NormalizationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RejectReason reason;
  private final String field;

  /** A value of {@code field} refused for {@code reason}. */
  public NormalizationException(RejectReason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  /** Why the value was refused. */
  public RejectReason reason() {
    return reason;
  }

  /** The canonical field name, e.g. {@code price}. */
  public String field() {
    return field;
  }
}
