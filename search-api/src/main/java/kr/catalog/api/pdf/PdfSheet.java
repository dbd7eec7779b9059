package kr.catalog.api.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.logging.Logger;

/**
 * A printable business sheet (quotes, statements): black on white, a page cursor that moves down,
 * tables whose header repeats on every page, page numbers. Hangul needs a TrueType font with Korean
 * glyphs ({@code commerce.pdf-font}); without it the sheet is still produced with a Latin font and
 * the characters it cannot show printed as '?', with a warning in the log, rather than no sheet.
 */
public final class PdfSheet implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PdfSheet.class);

  /** Body text size of tables. */
  public static final float SIZE = 8;

  private static final float ROW = 13;

  private final PDDocument doc;
  private final PDFont font;
  private final PDRectangle pageSize;
  private final float margin;
  private PDPageContentStream out;
  private float y;
  private int pageNo;

  /**
   * A new document.
   *
   * @param fontFile a TrueType/OpenType font with Korean glyphs, used when readable
   * @param pageSize e.g. A4 portrait, or A4 with width and height swapped for landscape
   * @param margin page margin in points
   */
  public PdfSheet(Path fontFile, PDRectangle pageSize, float margin) {
    this.doc = new PDDocument();
    this.pageSize = pageSize;
    this.margin = margin;
    try {
      this.font = font(doc, fontFile);
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot load the PDF font " + fontFile, e);
    }
  }

  private static PDFont font(PDDocument doc, Path fontFile) throws IOException {
    if (fontFile != null && Files.isReadable(fontFile)) {
      return PDType0Font.load(doc, fontFile.toFile());
    }
    LOG.warnf("No Korean font at %s: printed sheets show Hangul as '?'", fontFile);
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  /** Width of the printable area. */
  public float width() {
    return pageSize.getWidth() - 2 * margin;
  }

  /** Left edge of the printable area. */
  public float left() {
    return margin;
  }

  /** Right edge of the printable area. */
  public float right() {
    return pageSize.getWidth() - margin;
  }

  /** The cursor: the baseline of the next line, from the bottom of the page. */
  public float y() {
    return y;
  }

  /** Moves the cursor down. */
  public void down(float points) {
    y -= points;
  }

  /** Starts a new page (the first one too), numbered at its foot. */
  public void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(pageSize);
    doc.addPage(page);
    pageNo++;
    out = new PDPageContentStream(doc, page);
    y = pageSize.getHeight() - margin - 14;
    text(pageSize.getWidth() - margin - 40, margin - 10, 7, "page " + pageNo);
  }

  /** Whether fewer than {@code points} remain above the bottom margin. */
  public boolean lowerThan(float points) {
    return y < margin + points;
  }

  /**
   * Draws words separately and leaves the spaces as gaps: some Korean fonts (NanumGothic) share the
   * space glyph with U+0000, so a drawn space would copy out of the PDF as a NUL; text extraction
   * turns the gaps back into spaces.
   */
  public void text(float x, float at, float size, String s) throws IOException {
    float cursor = x;
    float space = font.getSpaceWidth() / 1000f * size;
    if (space <= 0) {
      space = size / 4;
    }
    for (String word : printable(s).split(" ", -1)) {
      if (!word.isEmpty()) {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(cursor, at);
        out.showText(word);
        out.endText();
        cursor += font.getStringWidth(word) / 1000f * size;
      }
      cursor += space;
    }
  }

  /** Text ending at {@code right}. */
  public void textRight(float right, float at, float size, String s) throws IOException {
    text(right - width(s, size), at, size, s);
  }

  /** A thin rule across {@code length} points from the left margin at the cursor. */
  public void rule(float length) throws IOException {
    out.setLineWidth(0.5f);
    out.moveTo(margin, y);
    out.lineTo(margin + length, y);
    out.stroke();
  }

  /**
   * A one-dimensional barcode: one filled bar per dark module, left to right from {@code x}, from
   * {@code bottom} up. Drawn as vector rectangles so it prints sharp at any printer resolution.
   *
   * @param modules the modules, dark = true (e.g. ZXing's Code128Writer.encode)
   * @param module width of one module in points
   */
  public void bars(float x, float bottom, float module, float height, boolean[] modules)
      throws IOException {
    int i = 0;
    while (i < modules.length) {
      if (!modules[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i < modules.length && modules[i]) {
        i++;
      }
      out.addRect(x + start * module, bottom, (i - start) * module, height);
    }
    out.fill();
  }

  /**
   * A table at the cursor: columns of the given widths, text left-aligned up to {@code numericFrom}
   * and right-aligned (numbers) from there; the header repeats on each new page.
   */
  public Table table(String[] headers, float[] widths, int numericFrom) throws IOException {
    Table table = new Table(headers, widths, numericFrom);
    table.header();
    return table;
  }

  /** A table being written; see {@link #table}. */
  public final class Table {
    private final String[] headers;
    private final float[] widths;
    private final int numericFrom;
    private final float length;

    private Table(String[] headers, float[] widths, int numericFrom) {
      this.headers = headers;
      this.widths = widths;
      this.numericFrom = numericFrom;
      float sum = 0;
      for (float w : widths) {
        sum += w;
      }
      this.length = sum;
    }

    /** Total width of the columns. */
    public float length() {
      return length;
    }

    /** One row; a new page (with the header again) first when the page is full. */
    public void row(String... cells) throws IOException {
      if (lowerThan(40)) {
        newPage();
        header();
      }
      float x = margin;
      for (int i = 0; i < cells.length; i++) {
        String cell = fit(cells[i], widths[i] - 4);
        if (i >= numericFrom) {
          textRight(x + widths[i] - 2, y, SIZE, cell);
        } else {
          text(x + 2, y, SIZE, cell);
        }
        x += widths[i];
      }
      y -= ROW;
    }

    /** A closing rule under the last row. */
    public void end() throws IOException {
      y += ROW - 7;
      rule(length);
      y -= 10;
    }

    private void header() throws IOException {
      rule(length);
      y -= ROW - 3;
      row(headers);
      y += 3;
      rule(length);
      y -= 2;
    }
  }

  /** The finished PDF. */
  public byte[] toBytes() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    doc.save(bytes);
    return bytes.toByteArray();
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
      }
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width(String s, float size) throws IOException {
    return font.getStringWidth(printable(s)) / 1000f * size;
  }

  private String fit(String s, float max) throws IOException {
    String t = s == null ? "" : s;
    while (!t.isEmpty() && width(t, SIZE) > max) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /** Characters the font cannot show become '?', rather than failing the whole sheet. */
  private String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              try {
                font.encode(c);
                sb.append(c);
              } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
              }
            });
    return sb.toString();
  }

  /** Whole won with thousands separators, the same on every machine. */
  public static String won(long amount) {
    return String.format(Locale.ROOT, "%,d", amount);
  }
}
