package kr.catalog.ingest.book;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import kr.catalog.ingest.asset.AssetRejectedException;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import kr.catalog.ingest.asset.PageRaster;
import kr.catalog.ingest.asset.ThumbnailSpec;
import kr.catalog.ingest.asset.Thumbnails;
import kr.catalog.ingest.book.PositionedTextStripper.Line;
import kr.catalog.ingest.book.PositionedTextStripper.Token;
import kr.catalog.model.BookPage;
import kr.catalog.model.BookPage.Hotspot;
import kr.catalog.model.Keys;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.logging.Logger;

/**
 * Digitises a printed catalog book for the e-book viewer: for every page an image and a thumbnail
 * in the media store, its text, its printed label, and the product codes printed on it with their
 * boxes (hotspots), so the viewer can make codes clickable and the catalog can link each product to
 * the pages it is printed on.
 *
 * <p><b>Labels</b> come from the PDF's page labels when it has them, else from a label-like line
 * ({@code A-12}, {@code xiv}, {@code 37}) printed in the page's footer or header band, else the
 * page index.
 *
 * <p><b>Hotspots.</b> Codes are found in the positioned text PDFBox reports for each character
 * ({@link PositionedTextStripper}). With a set of known code keys (the catalog's), a hotspot is any
 * run of up to {@value #MAX_CODE_TOKENS} adjacent tokens on a line whose code key is known, longest
 * first, so {@code GSB 13 RE} printed with spaces is one hotspot. Without known keys, a single
 * token that looks like a code (letters and digits, at least {@value #MIN_PATTERN_LENGTH}
 * characters, hyphens, dots and slashes inside) is taken; that mode cannot join codes printed with
 * spaces and may take a non-code like {@code M8}-style sizes, so pipelines pass the known keys.
 * Boxes are page-relative (0..1, origin top-left), the same frame as the rendered image. A link
 * annotation to {@value #PRODUCT_LINK}{@code <code>} (over a product's picture) is a hotspot too,
 * listed after the page's printed codes.
 *
 * <p>Pages are processed one at a time from a temp-file-backed document, so memory does not grow
 * with the book. Rendering is capped by a pixel budget ({@link PageRaster}).
 */
public final class BookDigitizer {
  static final int MAX_CODE_TOKENS = 5;
  static final int MIN_PATTERN_LENGTH = 4;

  private static final Logger LOG = Logger.getLogger(BookDigitizer.class);
  private static final Pattern BOOK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern CODE_LIKE =
      Pattern.compile("(?=.*\\d)(?=.*[A-Z])[A-Z0-9][A-Z0-9./-]*[A-Z0-9]");
  private static final Pattern LABEL_LIKE =
      Pattern.compile("[A-Z]{1,3}-\\d{1,4}|[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|\\d{1,4}");
  private static final float LABEL_BAND = 0.1f;

  /**
   * Widths of the page image's renditions: a phone's viewer (about 360 to 420 CSS pixels at 1 to 2
   * device pixels each) takes the 480 or 720 pixel one instead of the full 110 DPI image.
   */
  static final List<Integer> RENDITION_WIDTHS = List.of(480, 720);

  /** URI prefix of a link annotation that points at a product: {@code catalog:product/<code>}. */
  public static final String PRODUCT_LINK = "catalog:product/";

  private final Options options;

  /** A digitiser rendering to {@code options}. */
  public BookDigitizer(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * How pages are rendered.
   *
   * @param imageDpi DPI of the page image (110 gives 909 x 1286 pixels for A4)
   * @param maxImagePixels pixel budget of one page image; larger pages render at a lower DPI
   * @param thumbnailWidth thumbnails fit in this width
   * @param thumbnailHeight thumbnails fit in this height
   * @param format image format of pages and thumbnails
   * @param threads pages digitised in parallel (each thread opens the PDF once)
   */
  public record Options(
      float imageDpi,
      long maxImagePixels,
      int thumbnailWidth,
      int thumbnailHeight,
      ThumbnailSpec.Format format,
      int threads) {
    /** 110 DPI JPEG pages within 4 megapixels, 200 x 283 thumbnails, one thread. */
    public static final Options DEFAULTS =
        new Options(110f, 4_000_000L, 200, 283, ThumbnailSpec.Format.JPEG, 1);

    public Options {
      Objects.requireNonNull(format, "format");
      if (imageDpi <= 0 || maxImagePixels <= 0 || thumbnailWidth <= 0 || thumbnailHeight <= 0) {
        throw new IllegalArgumentException("DPI, pixel budget and thumbnail box must be positive");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
    }

    /** A copy digitising with {@code n} threads, each with its own copy of the document open. */
    public Options withThreads(int n) {
      return new Options(imageDpi, maxImagePixels, thumbnailWidth, thumbnailHeight, format, n);
    }
  }

  /**
   * Digitises every page of a book.
   *
   * @param bookId id of the book edition; names its folder in the media store ({@code
   *     catalog-2026}); letters, digits, dots, hyphens and underscores
   * @param bookPdf the book
   * @param mediaDir root of the media store; images go to {@code book/<bookId>/pages/} and
   *     thumbnails to {@code book/<bookId>/thumbs/}, and the returned paths are relative to it
   * @param knownCodeKeys code keys of the catalog's products; empty to find codes by pattern
   * @return one page per PDF page, in order
   * @throws AssetRejectedException when the book cannot be opened (missing, corrupt, encrypted)
   * @throws IOException when the media store cannot be written
   */
  public List<BookPage> digitize(
      String bookId, Path bookPdf, Path mediaDir, Set<String> knownCodeKeys)
      throws AssetRejectedException, IOException {
    if (!BOOK_ID.matcher(bookId).matches()) {
      throw new IllegalArgumentException("book id must be letters, digits, . _ -: " + bookId);
    }
    String source = bookPdf.toString();
    if (!Files.isRegularFile(bookPdf)) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, "no such file", null);
    }
    String folder = "book/" + bookId;
    Files.createDirectories(mediaDir.resolve(folder).resolve("pages"));
    Files.createDirectories(mediaDir.resolve(folder).resolve("thumbs"));
    String[] pdfLabels;
    int count;
    try (PDDocument document = open(bookPdf, source)) {
      pdfLabels = pdfLabels(document, source);
      count = document.getNumberOfPages();
    }
    int threads = Math.max(1, Math.min(options.threads(), count));
    BookPage[] pages = new BookPage[count];
    PageJob job = new PageJob(bookId, bookPdf, source, folder, mediaDir, pdfLabels, knownCodeKeys);
    if (threads == 1) {
      job.run(0, 1, pages);
      return List.of(pages);
    }
    // PDFBox documents are not thread-safe: each worker opens its own copy and takes every
    // threads-th page, which keeps the workers' loads even without coordination.
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        workers.add(
            pool.submit(
                () -> {
                  job.run(first, threads, pages);
                  return null;
                }));
      }
      for (Future<Void> worker : workers) {
        try {
          worker.get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof AssetRejectedException rejected) {
            throw rejected;
          }
          if (cause instanceof IOException io) {
            throw io;
          }
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while digitising " + source, e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return List.of(pages);
  }

  /** Digitises a share of one book's pages into a shared result array. */
  private final class PageJob {
    private final String bookId;
    private final Path bookPdf;
    private final String source;
    private final String folder;
    private final Path mediaDir;
    private final String[] pdfLabels;
    private final Set<String> knownCodeKeys;

    PageJob(
        String bookId,
        Path bookPdf,
        String source,
        String folder,
        Path mediaDir,
        String[] pdfLabels,
        Set<String> knownCodeKeys) {
      this.bookId = bookId;
      this.bookPdf = bookPdf;
      this.source = source;
      this.folder = folder;
      this.mediaDir = mediaDir;
      this.pdfLabels = pdfLabels;
      this.knownCodeKeys = knownCodeKeys;
    }

    /** Pages {@code first}, {@code first + step}, ... into {@code out}. */
    void run(int first, int step, BookPage[] out) throws AssetRejectedException, IOException {
      try (PDDocument document = open(bookPdf, source)) {
        PDFRenderer renderer = new PDFRenderer(document);
        for (int i = first; i < out.length; i += step) {
          out[i] = page(document, renderer, i);
        }
      }
    }

    private BookPage page(PDDocument document, PDFRenderer renderer, int i)
        throws AssetRejectedException, IOException {
      int index = i + 1;
      PDPage page = document.getPage(i);
      PositionedTextStripper stripper = new PositionedTextStripper();
      stripper.setStartPage(index);
      stripper.setEndPage(index);
      String text;
      try {
        text = stripper.getText(document);
      } catch (IOException | RuntimeException e) {
        throw new AssetRejectedException(
            Reason.CORRUPT, source, "page " + index + ": text unreadable: " + e.getMessage(), e);
      }
      float[] size = displaySize(page);
      List<Line> lines = stripper.lines();
      String label =
          pdfLabels != null && i < pdfLabels.length && pdfLabels[i] != null
              ? pdfLabels[i]
              : printedLabel(lines, size[1]).orElse(String.valueOf(index));
      List<Hotspot> hotspots = new ArrayList<>(hotspots(lines, knownCodeKeys, size[0], size[1]));
      hotspots.addAll(linkHotspots(page, knownCodeKeys, size[0], size[1], source, index));
      String name = String.format(Locale.ROOT, "%04d.%s", index, options.format().extension());
      String imagePath = folder + "/pages/" + name;
      String thumbnailPath = folder + "/thumbs/" + name;
      List<BookPage.Rendition> renditions =
          render(renderer, page, i, mediaDir, imagePath, thumbnailPath, source);
      return new BookPage(
          bookId, index, label, imagePath, thumbnailPath, cleanText(text), hotspots, renditions);
    }
  }

  private static PDDocument open(Path bookPdf, String source) throws AssetRejectedException {
    try {
      return Loader.loadPDF(bookPdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      throw new AssetRejectedException(Reason.ENCRYPTED, source, "encrypted; no password", e);
    } catch (NoSuchFileException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, "no such file", e);
    } catch (IOException e) {
      throw new AssetRejectedException(Reason.CORRUPT, source, e.getMessage(), e);
    }
  }

  private static String[] pdfLabels(PDDocument document, String source) {
    try {
      PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
      return labels == null ? null : labels.getLabelsByPageIndices();
    } catch (IOException | RuntimeException e) {
      LOG.warnf("%s: page labels unreadable (%s); using printed labels", source, e.getMessage());
      return null;
    }
  }

  /**
   * Renders the page image, its narrower renditions ({@link #RENDITION_WIDTHS}, those narrower than
   * the image) beside it as {@code 0001-480w.jpg}, and its thumbnail. Returns the renditions,
   * narrowest first, the full image last.
   */
  private List<BookPage.Rendition> render(
      PDFRenderer renderer,
      PDPage page,
      int pageIndex,
      Path mediaDir,
      String imagePath,
      String thumbnailPath,
      String source)
      throws IOException, AssetRejectedException {
    BufferedImage rendered;
    try {
      rendered =
          PageRaster.render(
              renderer, page, pageIndex, options.imageDpi(), options.maxImagePixels());
    } catch (IOException | RuntimeException e) {
      throw new AssetRejectedException(
          Reason.CORRUPT,
          source,
          "page " + (pageIndex + 1) + ": cannot render: " + e.getMessage(),
          e);
    }
    Thumbnails.write(rendered, options.format(), mediaDir.resolve(imagePath));
    List<BookPage.Rendition> renditions = new ArrayList<>();
    int dot = imagePath.lastIndexOf('.');
    for (int width : RENDITION_WIDTHS) {
      if (width >= rendered.getWidth()) {
        continue;
      }
      BufferedImage smaller = Thumbnails.fit(rendered, width, Integer.MAX_VALUE);
      String path = imagePath.substring(0, dot) + "-" + width + "w" + imagePath.substring(dot);
      Thumbnails.write(smaller, options.format(), mediaDir.resolve(path));
      renditions.add(new BookPage.Rendition(path, smaller.getWidth(), smaller.getHeight()));
    }
    renditions.add(new BookPage.Rendition(imagePath, rendered.getWidth(), rendered.getHeight()));
    Thumbnails.write(
        Thumbnails.fit(rendered, options.thumbnailWidth(), options.thumbnailHeight()),
        options.format(),
        mediaDir.resolve(thumbnailPath));
    return renditions;
  }

  /** Width and height of the page as displayed (rotation applied), in points. */
  private static float[] displaySize(PDPage page) {
    PDRectangle box = page.getCropBox();
    boolean quarterTurn = page.getRotation() % 180 != 0;
    return quarterTurn
        ? new float[] {box.getHeight(), box.getWidth()}
        : new float[] {box.getWidth(), box.getHeight()};
  }

  /** The bottom-most label-like line in the footer band, else the top-most in the header band. */
  static Optional<String> printedLabel(List<Line> lines, float pageHeight) {
    Optional<Line> footer =
        lines.stream()
            .filter(l -> l.top() >= pageHeight * (1 - LABEL_BAND))
            .filter(l -> LABEL_LIKE.matcher(l.text().strip()).matches())
            .max(Comparator.comparingDouble(Line::top));
    if (footer.isPresent()) {
      return footer.map(l -> l.text().strip());
    }
    return lines.stream()
        .filter(l -> l.top() <= pageHeight * LABEL_BAND)
        .filter(l -> LABEL_LIKE.matcher(l.text().strip()).matches())
        .min(Comparator.comparingDouble(Line::top))
        .map(l -> l.text().strip());
  }

  static List<Hotspot> hotspots(
      List<Line> lines, Set<String> knownCodeKeys, float pageWidth, float pageHeight) {
    List<Hotspot> hotspots = new ArrayList<>();
    for (Line line : lines) {
      List<Token> tokens = line.tokens().stream().map(BookDigitizer::trimmed).toList();
      int i = 0;
      while (i < tokens.size()) {
        Token match = null;
        int used = 0;
        if (knownCodeKeys.isEmpty()) {
          Token token = tokens.get(i);
          if (token.text().length() >= MIN_PATTERN_LENGTH
              && CODE_LIKE.matcher(token.text()).matches()) {
            match = token;
            used = 1;
          }
        } else {
          for (int n = Math.min(MAX_CODE_TOKENS, tokens.size() - i); n >= 1 && match == null; n--) {
            Token joined = tokens.get(i);
            for (int k = 1; k < n; k++) {
              joined = joined.plus(tokens.get(i + k));
            }
            if (!joined.text().isEmpty() && knownCodeKeys.contains(Keys.codeKey(joined.text()))) {
              match = joined;
              used = n;
            }
          }
        }
        if (match == null) {
          i++;
          continue;
        }
        hotspots.add(box(match, pageWidth, pageHeight));
        i += used;
      }
    }
    return hotspots;
  }

  /**
   * Hotspots from the page's link annotations to {@value #PRODUCT_LINK}{@code <code>}: what a book
   * puts over a product's picture (the catalog book writer does), so the picture is clickable as
   * well as the printed code. With known code keys, links to unknown codes are left out.
   */
  static List<Hotspot> linkHotspots(
      PDPage page,
      Set<String> knownCodeKeys,
      float pageWidth,
      float pageHeight,
      String source,
      int index) {
    List<Hotspot> hotspots = new ArrayList<>();
    List<PDAnnotation> annotations;
    try {
      annotations = page.getAnnotations();
    } catch (IOException | RuntimeException e) {
      LOG.warnf("%s page %d: annotations unreadable (%s)", source, index, e.getMessage());
      return hotspots;
    }
    PDRectangle crop = page.getCropBox();
    for (PDAnnotation annotation : annotations) {
      if (!(annotation instanceof PDAnnotationLink link)
          || !(link.getAction() instanceof PDActionURI action)
          || action.getURI() == null
          || !action.getURI().startsWith(PRODUCT_LINK)) {
        continue;
      }
      String code;
      try {
        code =
            URLDecoder.decode(
                action.getURI().substring(PRODUCT_LINK.length()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        continue;
      }
      String key = Keys.codeKey(code);
      PDRectangle rect = link.getRectangle();
      if (key.isEmpty()
          || rect == null
          || !knownCodeKeys.isEmpty() && !knownCodeKeys.contains(key)) {
        continue;
      }
      // PDF user space has its origin at the bottom left of the crop box; hotspots at the top left.
      float left = rect.getLowerLeftX() - crop.getLowerLeftX();
      float top = crop.getUpperRightY() - rect.getUpperRightY();
      Token box = new Token(code, left, top, left + rect.getWidth(), top + rect.getHeight());
      hotspots.add(box(box, pageWidth, pageHeight));
    }
    return hotspots;
  }

  /** The token without punctuation around it: {@code (GSB13RE),} is {@code GSB13RE}. */
  private static Token trimmed(Token token) {
    String text = token.text();
    int start = 0;
    int end = text.length();
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return new Token(
        text.substring(start, end), token.left(), token.top(), token.right(), token.bottom());
  }

  private static Hotspot box(Token token, float pageWidth, float pageHeight) {
    double left = clamp(token.left() / pageWidth);
    double top = clamp(token.top() / pageHeight);
    double right = clamp(token.right() / pageWidth);
    double bottom = clamp(token.bottom() / pageHeight);
    return new Hotspot(
        Keys.codeKey(token.text()), token.text(), left, top, right - left, bottom - top);
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }

  private static String cleanText(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ").strip();
  }
}
