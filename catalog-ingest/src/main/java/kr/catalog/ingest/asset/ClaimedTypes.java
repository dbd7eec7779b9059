package kr.catalog.ingest.asset;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The media types a file's extension claims, for the extensions attachments come in. A file whose
 * bytes say otherwise is refused ({@link AssetExtractor}); extensions not listed claim nothing.
 */
final class ClaimedTypes {
  private static final Map<String, Set<String>> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("pdf", Set.of("application/pdf")),
          Map.entry("png", Set.of("image/png")),
          Map.entry("jpg", Set.of("image/jpeg")),
          Map.entry("jpeg", Set.of("image/jpeg")),
          Map.entry("tif", Set.of("image/tiff")),
          Map.entry("tiff", Set.of("image/tiff")),
          Map.entry("webp", Set.of("image/webp")),
          // Tika's magic calls an MP4 with the isom/mp41/mp42 brand video/mp4, a QuickTime-branded
          // one video/quicktime; both hold the same H.264 streams.
          Map.entry("mp4", Set.of("video/mp4", "video/quicktime", "application/mp4")),
          Map.entry("m4v", Set.of("video/mp4", "video/x-m4v", "video/quicktime")),
          Map.entry("webm", Set.of("video/webm", "audio/webm", "video/x-matroska")),
          Map.entry("vtt", Set.of("text/vtt")));

  private ClaimedTypes() {}

  /** The types {@code fileName}'s extension claims, empty when it claims none the project knows. */
  static Set<String> forFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Set.of();
    }
    return BY_EXTENSION.getOrDefault(
        fileName.substring(dot + 1).toLowerCase(Locale.ROOT), Set.of());
  }
}
