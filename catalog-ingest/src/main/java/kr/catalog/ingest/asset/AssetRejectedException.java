package kr.catalog.ingest.asset;

import java.util.Objects;

/**
 * An asset file that could not be used, with a machine-readable {@link Reason} for the reject
 * report and a message saying where and why for a person.
 *
 * <p>Checked on purpose: a catalog run meets bad files routinely (a truncated download, a
 * password-protected datasheet) and must decide per file to report it and go on.
 */
public final class AssetRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a file was refused; stable names, used as codes in reports. */
  public enum Reason {
    /** The bytes do not form a valid file of the detected type (truncated, garbage, broken). */
    CORRUPT,
    /** The file is encrypted and cannot be opened without a password. */
    ENCRYPTED,
    /** Larger than the configured limit, or needing more memory than a page may take. */
    TOO_LARGE,
    /** Processing took longer than the per-file time limit and was stopped. */
    TIMEOUT,
    /** No parser or decoder exists for the detected type. */
    UNSUPPORTED,
    /** The file could not be read at all (missing, unreadable, an I/O error of the disk). */
    UNREADABLE
  }

  private final Reason reason;
  private final String source;
  private final String detail;

  /**
   * @param reason machine-readable reason
   * @param source the file (path or name) the reason applies to
   * @param detail what went wrong, for a person
   * @param cause the underlying error, or {@code null}
   */
  public AssetRejectedException(Reason reason, String source, String detail, Throwable cause) {
    super(source + ": " + reason + ": " + detail, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.source = Objects.requireNonNull(source, "source");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * What went wrong, without the file's path: reports name the file by the path the feed wrote,
   * never by where the run found it on disk (an absolute path says nothing to the supplier).
   */
  public String detail() {
    return detail;
  }

  /** The machine-readable reason. */
  public Reason reason() {
    return reason;
  }

  /** The file the reason applies to, as given by the caller. */
  public String source() {
    return source;
  }
}
