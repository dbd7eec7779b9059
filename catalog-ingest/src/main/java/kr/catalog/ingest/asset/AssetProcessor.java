package kr.catalog.ingest.asset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
  private final Path mediaDir;

  /** A processor writing into the media store at {@code mediaDir}. */
  public AssetProcessor(AssetExtractor extractor, Thumbnails thumbnails, Path mediaDir) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.thumbnails = Objects.requireNonNull(thumbnails, "thumbnails");
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
    Objects.requireNonNull(productCodeKey, "productCodeKey");
    Objects.requireNonNull(kind, "kind");
    ExtractedText extracted = extractor.extract(file);
    String sha = extracted.sha256();
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
    String thumbnailPath =
        "thumbs/" + sha.substring(0, 2) + "/" + sha + "." + thumbnails.spec().format().extension();
    Optional<AssetRejectedException> problem = Optional.empty();
    if (!Files.exists(mediaDir.resolve(thumbnailPath))) {
      try {
        thumbnails.of(stored, mediaDir.resolve(thumbnailPath));
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
            extracted.title(),
            extracted.text(),
            extracted.pageCount(),
            sha);
    return new Processed(asset, problem);
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
