package kr.catalog.sample.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.logging.Logger;

/**
 * The fonts of one generated PDF: the Korean TrueType font embedded as a subset when the machine
 * has one, else Helvetica (English only). {@link #printable} drops characters the font cannot show,
 * so no text ever makes PDFBox throw in the middle of a document.
 */
final class PdfFonts {
  private static final Logger LOG = Logger.getLogger(PdfFonts.class);

  private final PDFont regular;
  private final PDFont bold;
  private final boolean korean;
  private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();

  private PdfFonts(PDFont regular, PDFont bold, boolean korean) {
    this.regular = regular;
    this.bold = bold;
    this.korean = korean;
  }

  /** Where a writer gets the fonts of each document it writes; tests pass other fonts. */
  @FunctionalInterface
  interface Source {
    PdfFonts load(PDDocument document);
  }

  /**
   * Parsed font files, one set per thread: parsing the 6 MB bundled Noto Sans KR took 0.6 to 2 s
   * per document, which thousands of manuals cannot afford, while embedding a subset of an already
   * parsed font takes milliseconds. Per thread because a parsed font reads its file lazily and is
   * not thread-safe; they stay open for the thread's life.
   */
  private static final ThreadLocal<Map<Path, TrueTypeFont>> PARSED =
      ThreadLocal.withInitial(HashMap::new);

  /** Loads the Korean font ({@link MediaFonts}) into {@code document}, or Helvetica. */
  static PdfFonts load(PDDocument document) {
    Optional<Path> regularFile = MediaFonts.koreanRegular();
    if (regularFile.isPresent()) {
      try {
        PDFont regular = PDType0Font.load(document, parsed(regularFile.get()), true);
        Path boldFile = MediaFonts.koreanBold().orElse(regularFile.get());
        PDFont bold =
            boldFile.equals(regularFile.get())
                ? regular
                : PDType0Font.load(document, parsed(boldFile), true);
        return new PdfFonts(regular, bold, true);
      } catch (IOException | RuntimeException e) {
        LOG.warnf("cannot embed %s (%s); writing English only", regularFile.get(), e.getMessage());
      }
    }
    return load(document, Optional.empty(), Optional.empty());
  }

  private static TrueTypeFont parsed(Path file) throws IOException {
    Map<Path, TrueTypeFont> fonts = PARSED.get();
    TrueTypeFont font = fonts.get(file);
    if (font == null) {
      font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
      fonts.put(file, font);
    }
    return font;
  }

  /**
   * Loads {@code regularFile} and {@code boldFile} into {@code document}; Helvetica (English only)
   * when absent or when the file cannot be embedded.
   */
  static PdfFonts load(PDDocument document, Optional<Path> regularFile, Optional<Path> boldFont) {
    if (regularFile.isPresent()) {
      try {
        PDFont regular = PDType0Font.load(document, regularFile.get().toFile());
        Path boldFile = boldFont.orElse(regularFile.get());
        PDFont bold =
            boldFile.equals(regularFile.get())
                ? regular
                : PDType0Font.load(document, boldFile.toFile());
        return new PdfFonts(regular, bold, true);
      } catch (IOException | RuntimeException e) {
        LOG.warnf("cannot embed %s (%s); writing English only", regularFile.get(), e.getMessage());
      }
    }
    return new PdfFonts(
        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
        false);
  }

  PDFont regular() {
    return regular;
  }

  PDFont bold() {
    return bold;
  }

  /** Whether Korean text can be shown; when not, generators choose English text. */
  boolean korean() {
    return korean;
  }

  /** {@code text} without the characters {@code font} has no glyph for, spaces collapsed. */
  String printable(PDFont font, String text) {
    if (text == null) {
      return "";
    }
    Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              int c = Character.isWhitespace(cp) ? ' ' : cp;
              if (known.computeIfAbsent(c, k -> canEncode(font, k))) {
                out.appendCodePoint(c);
              }
            });
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  private static boolean canEncode(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
