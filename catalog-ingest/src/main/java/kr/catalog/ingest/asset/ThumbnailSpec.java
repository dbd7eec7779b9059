package kr.catalog.ingest.asset;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link Thumbnails} makes a thumbnail.
 *
 * @param maxWidth the thumbnail fits in this width (pixels), aspect ratio kept
 * @param maxHeight the thumbnail fits in this height (pixels)
 * @param format output format
 * @param renderDpi DPI at which a PDF page is rendered before scaling down
 * @param maxSourcePixels most pixels a rendered PDF page or a decoded image may have; larger ones
 *     are rendered at a lower DPI or decoded with subsampling, which bounds memory per file
 * @param maxFileBytes files larger than this are refused as {@code TOO_LARGE}
 * @param timeout wall-clock limit per file
 */
public record ThumbnailSpec(
    int maxWidth,
    int maxHeight,
    Format format,
    float renderDpi,
    long maxSourcePixels,
    long maxFileBytes,
    Duration timeout) {

  /** Defaults for product cards: 320 x 320, PNG, 72 DPI, 12 megapixels, 64 MiB, 30 s. */
  public static final ThumbnailSpec DEFAULTS =
      new ThumbnailSpec(
          320, 320, Format.PNG, 72f, 12_000_000L, 64L * 1024 * 1024, Duration.ofSeconds(30));

  /** Output image formats. */
  public enum Format {
    /** Lossless; best for line drawings. */
    PNG,
    /** Smaller for photographic pages; no transparency. */
    JPEG;

    /** The ImageIO format name. */
    public String formatName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The file extension, without the dot. */
    public String extension() {
      return this == JPEG ? "jpg" : "png";
    }
  }

  public ThumbnailSpec {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(timeout, "timeout");
    if (maxWidth <= 0 || maxHeight <= 0) {
      throw new IllegalArgumentException(
          "thumbnail box must be positive: " + maxWidth + "x" + maxHeight);
    }
    if (renderDpi <= 0 || maxSourcePixels <= 0 || maxFileBytes <= 0) {
      throw new IllegalArgumentException(
          "renderDpi, maxSourcePixels and maxFileBytes must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** A copy with another box. */
  public ThumbnailSpec withBox(int width, int height) {
    return new ThumbnailSpec(
        width, height, format, renderDpi, maxSourcePixels, maxFileBytes, timeout);
  }

  /** A copy with another format. */
  public ThumbnailSpec withFormat(Format newFormat) {
    return new ThumbnailSpec(
        maxWidth, maxHeight, newFormat, renderDpi, maxSourcePixels, maxFileBytes, timeout);
  }

  /** A copy with another source pixel budget. */
  public ThumbnailSpec withMaxSourcePixels(long pixels) {
    return new ThumbnailSpec(maxWidth, maxHeight, format, renderDpi, pixels, maxFileBytes, timeout);
  }
}
