package kr.catalog.ingest.asset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Thumbnails of drawings (PNG, JPEG and other images ImageIO reads) and of a PDF's first page:
 * PDFBox renders the page at a modest DPI, Thumbnailator scales to fit the box.
 *
 * <p>Memory per file is bounded by {@link ThumbnailSpec#maxSourcePixels()}: a huge page is rendered
 * at a lower DPI ({@link PageRaster}) and a huge image is decoded with subsampling, so no
 * full-resolution raster of a poster-sized drawing is ever held. PDFs are opened with a temp-file
 * stream cache rather than heap buffers. Output files are written to a temporary name and moved
 * into place, so a failed or stopped run never leaves a half-written thumbnail. Thread-safe.
 */
public final class Thumbnails {
  private static final float JPEG_QUALITY = 0.85f;

  private final ThumbnailSpec spec;

  /** Thumbnails made to {@code spec}. */
  public Thumbnails(ThumbnailSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** The spec thumbnails are made to. */
  public ThumbnailSpec spec() {
    return spec;
  }

  /**
   * A thumbnail that was written.
   *
   * @param path where it was written
   * @param width its width in pixels
   * @param height its height in pixels
   * @param sourceWidth width of the rendered page or decoded image it was scaled from
   * @param sourceHeight height of the rendered page or decoded image it was scaled from
   */
  public record Thumbnail(Path path, int width, int height, int sourceWidth, int sourceHeight) {}

  /** Thumbnail of a PDF's first page or of an image, told apart by the file's first bytes. */
  public Thumbnail of(Path source, Path target) throws AssetRejectedException {
    return isPdf(source) ? ofPdfFirstPage(source, target) : ofImage(source, target);
  }

  /** Thumbnail of an image file (a drawing). */
  public Thumbnail ofImage(Path image, Path target) throws AssetRejectedException {
    String source = image.toString();
    checkSize(image);
    return BoundedWork.call(
        source,
        spec.timeout(),
        cancel -> {
          BufferedImage decoded = decodeBounded(image, source);
          cancel.check();
          return writeScaled(decoded, target);
        });
  }

  /** Thumbnail of the first page of a PDF. */
  public Thumbnail ofPdfFirstPage(Path pdf, Path target) throws AssetRejectedException {
    String source = pdf.toString();
    checkSize(pdf);
    return BoundedWork.call(
        source,
        spec.timeout(),
        cancel -> {
          BufferedImage page;
          try (PDDocument document =
              Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
              throw new AssetRejectedException(Reason.CORRUPT, source, "PDF has no pages", null);
            }
            cancel.check();
            page =
                PageRaster.render(
                    new PDFRenderer(document),
                    document.getPage(0),
                    0,
                    spec.renderDpi(),
                    spec.maxSourcePixels());
          } catch (InvalidPasswordException e) {
            throw new AssetRejectedException(
                Reason.ENCRYPTED, source, "encrypted; no password available", e);
          } catch (IOException e) {
            throw new AssetRejectedException(Reason.CORRUPT, source, BoundedWork.describe(e), e);
          }
          cancel.check();
          return writeScaled(page, target);
        });
  }

  /**
   * Scales {@code image} to fit {@code maxWidth} x {@code maxHeight} (aspect ratio kept, never
   * enlarged) with Thumbnailator's quality resizers.
   */
  public static BufferedImage fit(BufferedImage image, int maxWidth, int maxHeight)
      throws IOException {
    if (image.getWidth() <= maxWidth && image.getHeight() <= maxHeight) {
      return image;
    }
    return net.coobird.thumbnailator.Thumbnails.of(image)
        .size(maxWidth, maxHeight)
        .keepAspectRatio(true)
        .asBufferedImage();
  }

  /**
   * Writes {@code image} to {@code target} in {@code format}, via a temporary file moved into
   * place. JPEG has no alpha channel, so transparent images are flattened onto white first.
   */
  public static void write(BufferedImage image, ThumbnailSpec.Format format, Path target)
      throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    BufferedImage output = format == ThumbnailSpec.Format.JPEG ? opaque(image) : image;
    Path temp = Files.createTempFile(parent, ".thumb-", ".tmp");
    try {
      var builder =
          net.coobird.thumbnailator.Thumbnails.of(output)
              .scale(1.0)
              .outputFormat(format.formatName());
      if (format == ThumbnailSpec.Format.JPEG) {
        builder.outputQuality(JPEG_QUALITY);
      }
      try (var out = Files.newOutputStream(temp)) {
        builder.toOutputStream(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private Thumbnail writeScaled(BufferedImage source, Path target) throws IOException {
    BufferedImage scaled = fit(source, spec.maxWidth(), spec.maxHeight());
    write(scaled, spec.format(), target);
    return new Thumbnail(
        target, scaled.getWidth(), scaled.getHeight(), source.getWidth(), source.getHeight());
  }

  private void checkSize(Path file) throws AssetRejectedException {
    String source = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, "no such file", e);
    } catch (IOException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, BoundedWork.describe(e), e);
    }
    if (size > spec.maxFileBytes()) {
      throw new AssetRejectedException(
          Reason.TOO_LARGE,
          source,
          size + " bytes, over the limit of " + spec.maxFileBytes() + " bytes",
          null);
    }
    if (size == 0) {
      throw new AssetRejectedException(Reason.CORRUPT, source, "empty file (0 bytes)", null);
    }
  }

  /** Decodes an image, subsampled so the decoded raster stays within the pixel budget. */
  private BufferedImage decodeBounded(Path image, String source)
      throws IOException, AssetRejectedException {
    try (ImageInputStream input = ImageIO.createImageInputStream(image.toFile())) {
      if (input == null) {
        throw new AssetRejectedException(Reason.UNREADABLE, source, "cannot be opened", null);
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new AssetRejectedException(
            Reason.UNSUPPORTED, source, "not an image format this platform decodes", null);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        int step =
            (int)
                Math.max(1, Math.ceil(Math.sqrt((double) width * height / spec.maxSourcePixels())));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } catch (IOException | RuntimeException e) {
        throw new AssetRejectedException(Reason.CORRUPT, source, BoundedWork.describe(e), e);
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage opaque(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return image;
    }
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

  /** A PDF starts with {@code %PDF-} within its first kilobyte (the spec allows leading junk). */
  static boolean isPdf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(1024);
      return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether the PDF's last kilobyte holds its end-of-file marker {@code %%EOF} (writers may append
   * a few bytes after it; PDFBox looks the same way). A file without it was cut short.
   */
  static boolean endsWithPdfEof(Path file) {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      int tail = (int) Math.min(1024, size);
      ByteBuffer buffer = ByteBuffer.allocate(tail);
      channel.position(size - tail);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read the whole tail
      }
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1)
          .contains("%%EOF");
    } catch (IOException e) {
      return false;
    }
  }
}
