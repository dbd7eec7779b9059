package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Asset;
import kr.catalog.model.Text;

/**
 * The asset step without content extraction: checks that each attached file exists, is inside the
 * feeds directory and under the size limit, hashes it and copies it into the media store under its
 * content hash ({@code assets/ab/abcdef….pdf}, so an unchanged file is never copied twice). Text,
 * page count and thumbnail stay empty; the Tika/PDFBox asset step fills them.
 */
public final class FileAssetStep implements AssetStep {
  /** 200 MiB: larger attachments are refused as {@link RejectReason#TOO_LARGE}. */
  public static final long DEFAULT_MAX_BYTES = 200L << 20;

  private static final Map<String, String> MEDIA_TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("dxf", "image/vnd.dxf"),
          Map.entry("dwg", "image/vnd.dwg"),
          Map.entry("tif", "image/tiff"),
          Map.entry("tiff", "image/tiff"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("vtt", "text/vtt"));

  private final long maxBytes;

  /** With {@link #DEFAULT_MAX_BYTES}. */
  public FileAssetStep() {
    this(DEFAULT_MAX_BYTES);
  }

  /** With a size limit in bytes. */
  public FileAssetStep(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public String name() {
    return "files";
  }

  /**
   * The file a request names, or null after reporting why it cannot be taken: outside the feeds
   * directory ({@code INVALID_VALUE}), missing ({@code MISSING_FILE}) or over {@code maxBytes}
   * ({@code TOO_LARGE}). Shared by the asset steps so they refuse the same files the same way.
   */
  static Path resolve(AssetRequest r, Path feedsRoot, long maxBytes, RejectSink rejects) {
    String field = field(r);
    Path src = feedsRoot.resolve(r.path()).normalize();
    if (!src.startsWith(feedsRoot)) {
      rejects.reject(
          Reject.atRow(
              r.feedFile(),
              r.line(),
              field,
              RejectReason.INVALID_VALUE,
              "path '" + r.path() + "' leaves the feeds directory"));
      return null;
    }
    if (!Files.isRegularFile(src)) {
      rejects.reject(
          Reject.atRow(
              r.feedFile(),
              r.line(),
              field,
              RejectReason.MISSING_FILE,
              r.path() + " does not exist"));
      return null;
    }
    try {
      long size = Files.size(src);
      if (size > maxBytes) {
        rejects.reject(
            Reject.atRow(
                r.feedFile(),
                r.line(),
                field,
                RejectReason.TOO_LARGE,
                r.path() + " has " + size + " bytes, the limit is " + maxBytes));
        return null;
      }
    } catch (IOException e) {
      rejects.reject(
          Reject.atRow(
              r.feedFile(),
              r.line(),
              field,
              RejectReason.UNREADABLE_FILE,
              r.path() + ": " + e.getMessage()));
      return null;
    }
    return src;
  }

  /** The feed field that named the file: {@code drawing}, {@code image}, {@code manual}, ... */
  static String field(AssetRequest r) {
    return switch (r.kind()) {
      case DRAWING -> "drawing";
      case IMAGE -> "image";
      case VIDEO -> "videoFile";
      case CAPTIONS -> "captions";
      default -> "manual";
    };
  }

  @Override
  public List<Asset> process(
      List<AssetRequest> requests, Path feedsDir, Path mediaDir, RejectSink rejects) {
    Path root = feedsDir.toAbsolutePath().normalize();
    List<Asset> assets = new ArrayList<>();
    for (AssetRequest r : requests) {
      String field = field(r);
      Path src = resolve(r, root, maxBytes, rejects);
      if (src == null) {
        continue;
      }
      try {
        String sha = Hashes.file(src);
        String fileName = src.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : Text.lower(fileName.substring(dot + 1));
        String stored =
            "assets/" + sha.substring(0, 2) + "/" + sha + (ext.isEmpty() ? "" : "." + ext);
        Path dest = mediaDir.resolve(stored);
        if (!Files.exists(dest)) {
          Files.createDirectories(dest.getParent());
          Path tmp = dest.resolveSibling(dest.getFileName() + ".tmp");
          Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
          try {
            Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
          }
        }
        String id = Hashes.of(r.productCodeKey(), r.kind().name(), sha).substring(0, 16);
        assets.add(
            new Asset(
                id,
                r.productCodeKey(),
                r.kind(),
                stored,
                null,
                MEDIA_TYPES.getOrDefault(ext, "application/octet-stream"),
                dot < 0 ? fileName : fileName.substring(0, dot),
                "",
                0,
                sha));
      } catch (IOException e) {
        rejects.reject(
            Reject.atRow(
                r.feedFile(),
                r.line(),
                field,
                RejectReason.UNREADABLE_FILE,
                r.path() + " cannot be read: " + e.getMessage()));
      }
    }
    return assets;
  }
}
