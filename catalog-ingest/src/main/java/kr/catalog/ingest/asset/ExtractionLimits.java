package kr.catalog.ingest.asset;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits applied to every file {@link AssetExtractor} reads, so one bad file cannot stall or sink a
 * catalog run.
 *
 * @param maxFileBytes files larger than this are refused as {@code TOO_LARGE} before parsing
 * @param maxChars write limit: text beyond this many characters is dropped and the result is marked
 *     {@linkplain ExtractedText#truncated() truncated} (search needs the start of a manual, not all
 *     2,000 pages of it)
 * @param timeout wall-clock limit per file; past it the parse is stopped and the file is refused as
 *     {@code TIMEOUT}
 */
public record ExtractionLimits(long maxFileBytes, int maxChars, Duration timeout) {

  /** Defaults sized for manuals and datasheets: 64 MiB, one million characters, 30 seconds. */
  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(64L * 1024 * 1024, 1_000_000, Duration.ofSeconds(30));

  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** A copy with another timeout. */
  public ExtractionLimits withTimeout(Duration newTimeout) {
    return new ExtractionLimits(maxFileBytes, maxChars, newTimeout);
  }

  /** A copy with another file size limit. */
  public ExtractionLimits withMaxFileBytes(long newMaxFileBytes) {
    return new ExtractionLimits(newMaxFileBytes, maxChars, timeout);
  }

  /** A copy with another write limit. */
  public ExtractionLimits withMaxChars(int newMaxChars) {
    return new ExtractionLimits(maxFileBytes, newMaxChars, timeout);
  }
}
