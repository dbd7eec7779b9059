package kr.catalog.ingest.asset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import kr.catalog.model.Asset;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;

/**
 * Product pictures: checks one image file (type by content, byte and pixel limits, decodable),
 * stores it content-addressed and derives the sizes the UI and the book use ({@link
 * Limits#widths()}: results, product page, zoom), JPEG on white, with Thumbnailator.
 *
 * <p>Layout in the media store: {@code pictures/ab/<sha256>.<ext>} for the original and {@code
 * pictures/ab/<sha256>-<width>.jpg} for each size. A picture already derived (same bytes: a family
 * picture every variant names, or a re-run) is not decoded again: the sizes are recomputed from its
 * header. Sizes wider than the original are not made (no upscaling): the widest rendition is then
 * the original's own width (a 1200-wide picture gives 160, 320, 640 and 1200).
 *
 * <p>Type by content, not by name: Tika's magic detection must say JPEG, PNG or WebP (WebP decoded
 * by TwelveMonkeys' ImageIO plug-in), so a text file named {@code .jpg} is refused as unsupported.
 */
public final class PictureDeriver {
  /** Media types taken, with the extension the original is stored under. */
  private static final Map<String, String> TYPES =
      Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp", "webp");

  /**
   * @param maxBytes larger files are refused as {@link Reason#TOO_LARGE}
   * @param maxPixels width × height above this is refused as {@link Reason#TOO_LARGE} before
   *     decoding (a decompression bomb would otherwise take the heap)
   * @param widths the derived widths, ascending
   * @param quality JPEG quality of the derived files, 0..1
   */
  public record Limits(long maxBytes, long maxPixels, List<Integer> widths, float quality) {
    /** 20 MiB, 40 megapixels, 160/320/640/1280 wide, quality 0.85. */
    public static final Limits DEFAULTS =
        new Limits(20L << 20, 40_000_000L, List.of(160, 320, 640, 1280), 0.85f);

    public Limits {
      widths = widths.stream().sorted().toList();
      if (widths.isEmpty()) {
        throw new IllegalArgumentException("at least one width");
      }
    }
  }

  private final Limits limits;
  private final Tika tika = new Tika();

  /** A deriver with these limits. */
  public PictureDeriver(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The limits in force. */
  public Limits limits() {
    return limits;
  }

  /**
   * Checks, stores and derives one picture of a product.
   *
   * @param file the picture as the feed names it
   * @param source how to name the file in messages (the feed's relative path, never an absolute
   *     one)
   * @throws AssetRejectedException when the file is empty, too large (bytes or pixels), not a JPEG,
   *     PNG or WebP by content, or cannot be decoded
   * @throws IOException when the media store cannot be written
   */
  public Asset derive(Path file, String source, String productCodeKey, Path mediaDir)
      throws AssetRejectedException, IOException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, e.getMessage(), e);
    }
    if (size == 0) {
      throw new AssetRejectedException(Reason.CORRUPT, source, "empty file (0 bytes)", null);
    }
    if (size > limits.maxBytes()) {
      throw new AssetRejectedException(
          Reason.TOO_LARGE,
          source,
          size + " bytes, over the limit of " + limits.maxBytes() + " bytes",
          null);
    }
    String mediaType;
    String sha;
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      DigestInputStream digesting = new DigestInputStream(in, md);
      // Magic bytes only (no file name in the metadata): the name may lie.
      mediaType = tika.detect(new java.io.BufferedInputStream(digesting), new Metadata());
      digesting.transferTo(java.io.OutputStream.nullOutputStream());
      sha = HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, e.getMessage(), e);
    }
    String ext = TYPES.get(mediaType);
    if (ext == null) {
      throw new AssetRejectedException(
          Reason.UNSUPPORTED,
          source,
          "the content is " + mediaType + ", a picture must be JPEG, PNG or WebP",
          null);
    }
    String dir = "pictures/" + sha.substring(0, 2) + "/";
    String original = dir + sha + "." + ext;
    int[] dims = dimensions(file, source);
    long pixels = (long) dims[0] * dims[1];
    if (pixels > limits.maxPixels()) {
      throw new AssetRejectedException(
          Reason.TOO_LARGE,
          source,
          dims[0] + "×" + dims[1] + " pixels, over the limit of " + limits.maxPixels(),
          null);
    }
    List<Asset.Rendition> planned = plan(dir + sha, dims[0], dims[1]);
    boolean done = planned.stream().allMatch(r -> Files.isRegularFile(mediaDir.resolve(r.path())));
    if (!done) {
      BufferedImage image = decode(file, source);
      if (image.getWidth() != dims[0] || image.getHeight() != dims[1]) {
        throw new AssetRejectedException(
            Reason.CORRUPT, source, "decoded size differs from the header's", null);
      }
      BufferedImage from = opaque(image);
      // Widest first, each from the previous: a 160 from a 320 costs a fraction of one from 4000.
      for (Asset.Rendition r : planned.reversed()) {
        Path target = mediaDir.resolve(r.path());
        BufferedImage scaled =
            net.coobird.thumbnailator.Thumbnails.of(from)
                .forceSize(r.width(), r.height())
                .asBufferedImage();
        if (!Files.isRegularFile(target)) {
          Files.createDirectories(target.getParent());
          Path tmp = Files.createTempFile(target.getParent(), ".picture-", ".tmp");
          try {
            try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
              net.coobird.thumbnailator.Thumbnails.of(scaled)
                  .scale(1)
                  .outputFormat("jpg")
                  .outputQuality(limits.quality())
                  .toOutputStream(out);
            }
            move(tmp, target);
          } finally {
            Files.deleteIfExists(tmp);
          }
        }
        from = scaled;
      }
    }
    Path stored = mediaDir.resolve(original);
    if (!Files.isRegularFile(stored)) {
      Files.createDirectories(stored.getParent());
      Path tmp = Files.createTempFile(stored.getParent(), ".picture-", ".tmp");
      try {
        Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
        move(tmp, stored);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    Asset.Rendition thumb =
        planned.stream().filter(r -> r.width() >= 320).findFirst().orElse(planned.getLast());
    return new Asset(
        productCodeKey + ":" + sha.substring(0, 16),
        productCodeKey,
        Asset.Kind.IMAGE,
        original,
        thumb.path(),
        mediaType,
        dot > 0 ? fileName.substring(0, dot) : fileName,
        "",
        0,
        sha,
        planned);
  }

  /** The renditions for an original of this size, narrowest first. */
  List<Asset.Rendition> plan(String base, int width, int height) {
    List<Asset.Rendition> out = new ArrayList<>();
    for (int w : limits.widths()) {
      if (w <= width) {
        out.add(rendition(base, w, width, height));
      }
    }
    if (out.isEmpty() || (out.size() < limits.widths().size() && out.getLast().width() < width)) {
      // The zoom size: the original's own width when it falls short of the next size.
      out.add(rendition(base, width, width, height));
    }
    return out;
  }

  private static Asset.Rendition rendition(String base, int w, int width, int height) {
    int h = Math.max(1, (int) Math.round((double) height * w / width));
    return new Asset.Rendition(base + "-" + w + ".jpg", w, h, "image/jpeg");
  }

  /** Width and height from the header, without decoding the pixels. */
  private static int[] dimensions(Path file, String source) throws AssetRejectedException {
    try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = reader(input, source);
      try {
        reader.setInput(input, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new AssetRejectedException(
          Reason.CORRUPT, source, "unreadable image header: " + BoundedWork.describe(e), e);
    }
  }

  private static BufferedImage decode(Path file, String source) throws AssetRejectedException {
    try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = reader(input, source);
      try {
        reader.setInput(input, true, true);
        BufferedImage image = reader.read(0);
        if (image == null) {
          throw new AssetRejectedException(Reason.CORRUPT, source, "no image decoded", null);
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new AssetRejectedException(
          Reason.CORRUPT, source, "cannot be decoded: " + BoundedWork.describe(e), e);
    }
  }

  private static ImageReader reader(ImageInputStream input, String source)
      throws AssetRejectedException {
    if (input == null) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, "cannot be opened", null);
    }
    Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
    if (!readers.hasNext()) {
      throw new AssetRejectedException(
          Reason.UNSUPPORTED, source, "no decoder for this image format", null);
    }
    return readers.next();
  }

  /** On white: JPEG has no alpha, and transparent pixels would turn black. */
  private static BufferedImage opaque(BufferedImage image) {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
