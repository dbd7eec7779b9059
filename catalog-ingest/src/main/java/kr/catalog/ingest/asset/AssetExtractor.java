package kr.catalog.ingest.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text and metadata from asset files (manuals, datasheets, drawings) through Tika's {@link
 * AutoDetectParser}, within {@link ExtractionLimits}: a file size limit checked before parsing, a
 * write limit on the text, and a wall-clock timeout per file that really stops the parse (see
 * {@link BoundedWork} for how).
 *
 * <p>A file that cannot be used is refused with an {@link AssetRejectedException} whose {@link
 * Reason} goes into the reject report; the caller reports it and goes on with the next file.
 *
 * <p>Embedded documents (attachments inside a PDF, files inside a zip) are not descended into: the
 * catalog wants the text of the manual itself, and recursion would multiply the work a single file
 * can cause. Thread-safe: one instance serves a whole run.
 */
public final class AssetExtractor {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final String EMPTY_PARSER = EmptyParser.class.getName();

  private final ExtractionLimits limits;
  private final AutoDetectParser parser;
  private final PDFParserConfig pdfConfig;

  /** An extractor applying {@code limits} to every file, reading rotated text too. */
  public AssetExtractor(ExtractionLimits limits) {
    this(limits, true);
  }

  /**
   * An extractor applying {@code limits} to every file.
   *
   * @param detectRotatedText whether to look for text at other angles in PDFs (CAD drawings); costs
   *     extra passes over each page (see README-assets.md for the measured difference)
   */
  public AssetExtractor(ExtractionLimits limits, boolean detectRotatedText) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parser = new AutoDetectParser();
    this.pdfConfig = new PDFParserConfig();
    // No OCR: Tesseract is not part of the platform, and an OCR attempt per page would dwarf the
    // text extraction time. Inline images are skipped for the same reason.
    pdfConfig.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdfConfig.setExtractInlineImages(false);
    // Drawings carry dimensions and notes in annotations and form fields now and then.
    pdfConfig.setExtractAnnotationText(true);
    pdfConfig.setExtractAcroFormContent(true);
    // CAD drawings print notes rotated and letter-spaced; without angle detection their text
    // comes out as two-letter fragments ("H | IR | O | S | E"), with it as readable lines.
    pdfConfig.setDetectAngles(detectRotatedText);
  }

  /** The limits this extractor applies. */
  public ExtractionLimits limits() {
    return limits;
  }

  /**
   * Extracts text and metadata from a file.
   *
   * @throws AssetRejectedException when the file is missing or unreadable ({@code UNREADABLE}),
   *     over the size limit ({@code TOO_LARGE}), malformed or empty ({@code CORRUPT}),
   *     password-protected ({@code ENCRYPTED}), of a type no parser handles ({@code UNSUPPORTED}),
   *     or not done in time ({@code TIMEOUT})
   */
  public ExtractedText extract(Path file) throws AssetRejectedException {
    String source = file.toString();
    long size;
    try {
      if (!Files.isRegularFile(file)) {
        throw new AssetRejectedException(Reason.UNREADABLE, source, "not a regular file", null);
      }
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, "no such file", e);
    } catch (IOException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, BoundedWork.describe(e), e);
    }
    checkSize(source, size);
    String fileName = file.getFileName() == null ? source : file.getFileName().toString();
    return BoundedWork.call(
        source, limits.timeout(), cancel -> parse(file, source, fileName, size, cancel));
  }

  /**
   * Extracts text and metadata from a stream (an entry of an archive, an upload). The stream is
   * copied to a temporary file first, under the same size limit and timeout, because PDF parsing
   * needs random access; a stream that delivers too slowly times out like a slow parse.
   *
   * @param in the content; not closed
   * @param name the file name, used for type detection and in messages
   */
  public ExtractedText extract(InputStream in, String name) throws AssetRejectedException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return BoundedWork.call(
        name,
        limits.timeout(),
        cancel -> {
          Path spooled = Files.createTempFile("catalog-asset-", ".bin");
          try {
            long size = copyBounded(in, spooled, name, cancel);
            checkSize(name, size);
            return parse(spooled, name, name, size, cancel);
          } finally {
            Files.deleteIfExists(spooled);
          }
        });
  }

  private void checkSize(String source, long size) throws AssetRejectedException {
    if (size > limits.maxFileBytes()) {
      throw new AssetRejectedException(
          Reason.TOO_LARGE,
          source,
          size + " bytes, over the limit of " + limits.maxFileBytes() + " bytes",
          null);
    }
    if (size == 0) {
      throw new AssetRejectedException(Reason.CORRUPT, source, "empty file (0 bytes)", null);
    }
  }

  private long copyBounded(InputStream in, Path target, String source, BoundedWork.Cancel cancel)
      throws IOException, AssetRejectedException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        cancel.check();
        total += n;
        if (total > limits.maxFileBytes()) {
          throw new AssetRejectedException(
              Reason.TOO_LARGE,
              source,
              "more than the limit of " + limits.maxFileBytes() + " bytes",
              null);
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private ExtractedText parse(
      Path file, String source, String fileName, long size, BoundedWork.Cancel cancel)
      throws IOException, AssetRejectedException {
    String sha256 = sha256(file, cancel);
    checkContentMatchesName(file, source, fileName);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    StringWriter text = new StringWriter();
    ContentHandler handler =
        new BodyContentHandler(
            new CancellingHandler(new WriteOutContentHandler(text, limits.maxChars()), cancel));
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdfConfig);
    boolean truncated = false;
    try (TikaInputStream input = TikaInputStream.get(file, metadata)) {
      parser.parse(input, handler, metadata, context);
    } catch (Exception e) {
      cancel.check();
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated = true;
      } else {
        throw classify(file, source, e);
      }
    }
    cancel.check();
    String mediaType = baseType(metadata.get(Metadata.CONTENT_TYPE));
    String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
    if (parsedBy.length == 0 || Arrays.stream(parsedBy).allMatch(EMPTY_PARSER::equals)) {
      throw new AssetRejectedException(
          Reason.UNSUPPORTED, source, "no parser for type " + mediaType, null);
    }
    Map<MetadataKey, String> values = new EnumMap<>(MetadataKey.class);
    for (MetadataKey key : MetadataKey.values()) {
      String value = key.read(metadata);
      if (value != null) {
        values.put(key, value);
      }
    }
    String tidied = tidy(text.toString());
    // A metadata title a person gave beats a line guessed from plain text (which has no font
    // sizes: on real datasheets the first "heading" was a date stamp or half a title); the
    // authoring tools' working file names are refused as titles, so the text's first heading
    // stands in for them. The feed's own title beats both (AssetProcessor).
    String title =
        DocumentTitles.meaningful(values.get(MetadataKey.TITLE))
            .or(() -> DocumentTitles.firstHeading(tidied))
            .orElse(stripExtension(fileName));
    Integer pages = metadata.getInt(PagedText.N_PAGES);
    return new ExtractedText(
        source,
        mediaType,
        title,
        tidied,
        pages == null ? 0 : pages,
        values,
        sha256,
        size,
        truncated);
  }

  /**
   * Refuses a file whose content is not what its name says ({@code notes.txt} renamed {@code
   * manual.pdf}): Tika would happily read it as plain text and the catalog would list a "PDF" that
   * no viewer opens. The type comes from the bytes only (magic), the claim from the extension;
   * names the project does not know a type for are left to the parsers.
   */
  private void checkContentMatchesName(Path file, String source, String fileName)
      throws IOException, AssetRejectedException {
    Set<String> claimed = ClaimedTypes.forFileName(fileName);
    if (claimed.isEmpty()) {
      return;
    }
    MediaType detected;
    try (TikaInputStream input = TikaInputStream.get(file)) {
      // No resource name in the metadata: the detector must judge by the bytes alone.
      detected = parser.getDetector().detect(input, new Metadata());
    }
    String base = detected.getBaseType().toString();
    if (!claimed.contains(base)) {
      throw new AssetRejectedException(
          Reason.UNSUPPORTED,
          source,
          "the content is " + base + ", not the " + String.join(" or ", claimed) + " its name says",
          null);
    }
  }

  /** Maps what Tika and the parsers below it throw to a reject reason. */
  private static AssetRejectedException classify(Path file, String source, Exception e) {
    if (Thumbnails.isPdf(file) && !Thumbnails.endsWithPdfEof(file)) {
      // A download cut short fails deep inside PDFBox with whatever it tripped over last (often
      // "Could not read embedded font"): the missing end-of-file marker says what really happened.
      return new AssetRejectedException(
          Reason.CORRUPT,
          source,
          "truncated: the PDF ends before its end-of-file marker (%%EOF); was the file cut short?",
          e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException || t instanceof InvalidPasswordException) {
        return new AssetRejectedException(
            Reason.ENCRYPTED, source, "encrypted; no password available", e);
      }
      if (t instanceof UnsupportedFormatException) {
        return new AssetRejectedException(Reason.UNSUPPORTED, source, BoundedWork.describe(t), e);
      }
    }
    return new AssetRejectedException(Reason.CORRUPT, source, rootMessage(e), e);
  }

  /** The innermost cause says what is wrong with the file; Tika's wrappers only say where. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return BoundedWork.describe(root);
  }

  private static String sha256(Path file, BoundedWork.Cancel cancel) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        cancel.check();
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String baseType(String contentType) {
    if (contentType == null) {
      return MediaType.OCTET_STREAM.toString();
    }
    MediaType parsed = MediaType.parse(contentType);
    return parsed == null ? contentType : parsed.getBaseType().toString();
  }

  private static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** Strips trailing space per line and collapses runs of blank lines PDF layout leaves. */
  private static String tidy(String text) {
    String stripped = text.lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
    return BLANK_LINES.matcher(stripped).replaceAll("\n\n").strip();
  }

  /**
   * Checks the task's cancellation on every SAX event, so a parser that keeps producing text after
   * the time limit is unwound at its next callback.
   */
  private static final class CancellingHandler extends ContentHandlerDecorator {
    private final BoundedWork.Cancel cancel;

    CancellingHandler(ContentHandler handler, BoundedWork.Cancel cancel) {
      super(handler);
      this.cancel = cancel;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts)
        throws SAXException {
      cancel.check();
      super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      cancel.check();
      super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      cancel.check();
      super.ignorableWhitespace(ch, start, length);
    }
  }
}
