package kr.catalog.ingest.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kr.catalog.model.Asset;

/**
 * Turns one asset file into an {@link Asset} of the catalog: extracts its text ({@link
 * AssetExtractor}), stores the file in the media store under its content hash, and makes its
 * thumbnail ({@link Thumbnails}).
 *
 * <p>The media store is content-addressed ({@code assets/ab/abcd....pdf}, {@code
 * thumbs/ab/abcd....png}): a manual shared by every variant of a family is stored and thumbnailed
 * once, and a re-run finds its files already there. Files are copied to a temporary name and moved
 * into place, so an interrupted run leaves no partial file under a final name.
 */
public final class AssetProcessor {
  private final AssetExtractor extractor;
  private final Thumbnails thumbnails;
  private final Videos videos;
  private final Path mediaDir;

  /** A processor writing into the media store at {@code mediaDir}, videos within defaults. */
  public AssetProcessor(AssetExtractor extractor, Thumbnails thumbnails, Path mediaDir) {
    this(extractor, thumbnails, Videos.DEFAULTS, mediaDir);
  }

  /** A processor writing into the media store at {@code mediaDir}. */
  public AssetProcessor(
      AssetExtractor extractor, Thumbnails thumbnails, Videos videos, Path mediaDir) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.thumbnails = Objects.requireNonNull(thumbnails, "thumbnails");
    this.videos = Objects.requireNonNull(videos, "videos");
    this.mediaDir = Objects.requireNonNull(mediaDir, "mediaDir");
  }

  /**
   * The result for one file.
   *
   * @param asset the catalog record; its {@code thumbnailPath} is {@code null} when no thumbnail
   *     could be made
   * @param thumbnailProblem why there is no thumbnail, for the reject report, when there is none
   */
  public record Processed(Asset asset, Optional<AssetRejectedException> thumbnailProblem) {}

  /**
   * Processes one file attached to a product.
   *
   * @throws AssetRejectedException when the file's text cannot be extracted (the file is not stored
   *     then)
   * @throws IOException when the media store cannot be written
   */
  public Processed process(Path file, String productCodeKey, Asset.Kind kind)
      throws AssetRejectedException, IOException {
    return process(file, productCodeKey, kind, null);
  }

  /**
   * Processes one file attached to a product.
   *
   * @param feedTitle the title the feed gives the document, or {@code null}; it wins over the
   *     document's first heading and its metadata
   * @throws AssetRejectedException when the file cannot be used (the file is not stored then)
   * @throws IOException when the media store cannot be written
   */
  public Processed process(Path file, String productCodeKey, Asset.Kind kind, String feedTitle)
      throws AssetRejectedException, IOException {
    Objects.requireNonNull(productCodeKey, "productCodeKey");
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case VIDEO -> video(file, productCodeKey);
      case CAPTIONS -> captions(file, productCodeKey);
      default -> document(file, productCodeKey, kind, feedTitle);
    };
  }

  private Processed document(Path file, String productCodeKey, Asset.Kind kind, String feedTitle)
      throws AssetRejectedException, IOException {
    ExtractedText extracted = extractor.extract(file);
    String sha = extracted.sha256();
    String storedPath = store(file, sha);
    String thumbnailPath =
        "thumbs/" + sha.substring(0, 2) + "/" + sha + "." + thumbnails.spec().format().extension();
    Optional<AssetRejectedException> problem = Optional.empty();
    if (!Files.exists(mediaDir.resolve(thumbnailPath))) {
      try {
        thumbnails.of(mediaDir.resolve(storedPath), mediaDir.resolve(thumbnailPath));
      } catch (AssetRejectedException e) {
        problem = Optional.of(e);
        thumbnailPath = null;
      }
    }
    Asset asset =
        new Asset(
            productCodeKey + ":" + sha.substring(0, 16),
            productCodeKey,
            kind,
            storedPath,
            thumbnailPath,
            extracted.mediaType(),
            feedTitle == null || feedTitle.isBlank() ? extracted.title() : feedTitle.strip(),
            extracted.text(),
            extracted.pageCount(),
            sha);
    return new Processed(asset, problem);
  }

  /**
   * A usage video: type by content, stored as it is (browsers play it from byte ranges), with a
   * poster frame as its thumbnail when one can be decoded.
   */
  private Processed video(Path file, String productCodeKey)
      throws AssetRejectedException, IOException {
    String source = file.toString();
    String mediaType = videos.videoType(file, source);
    String sha = sha256(file);
    String storedPath = store(file, sha);
    String posterPath = "posters/" + sha.substring(0, 2) + "/" + sha + ".jpg";
    Optional<AssetRejectedException> problem = Optional.empty();
    if (!Files.exists(mediaDir.resolve(posterPath))) {
      try {
        videos.poster(
            mediaDir.resolve(storedPath),
            mediaType,
            thumbnails.spec(),
            mediaDir.resolve(posterPath));
      } catch (AssetRejectedException e) {
        problem = Optional.of(e);
        posterPath = null;
      }
    }
    Asset asset =
        new Asset(
            productCodeKey + ":" + sha.substring(0, 16),
            productCodeKey,
            Asset.Kind.VIDEO,
            storedPath,
            posterPath,
            mediaType,
            stripExtension(file),
            "",
            0,
            sha);
    return new Processed(asset, problem);
  }

  /** WebVTT captions: checked, stored, their cue text kept for search. */
  private Processed captions(Path file, String productCodeKey)
      throws AssetRejectedException, IOException {
    String text = videos.captionText(file, file.toString());
    String sha = sha256(file);
    String storedPath = store(file, sha);
    Asset asset =
        new Asset(
            productCodeKey + ":" + sha.substring(0, 16),
            productCodeKey,
            Asset.Kind.CAPTIONS,
            storedPath,
            null,
            "text/vtt",
            stripExtension(file),
            text,
            0,
            sha);
    return new Processed(asset, Optional.empty());
  }

  /** Copies {@code file} into the store under its hash (once); its path in the store. */
  private String store(Path file, String sha) throws IOException {
    String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
    String storedPath = "assets/" + sha.substring(0, 2) + "/" + sha + extension(fileName);
    Path stored = mediaDir.resolve(storedPath);
    if (!Files.exists(stored)) {
      Files.createDirectories(stored.getParent());
      Path temp = Files.createTempFile(stored.getParent(), ".asset-", ".tmp");
      try {
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            temp, stored, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
    return storedPath;
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String stripExtension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The lower-case extension with its dot ({@code .pdf}), or none. */
  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0 || dot == fileName.length() - 1) {
      return "";
    }
    String ext = fileName.substring(dot).toLowerCase(Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
  }
}
