package kr.catalog.sample.media;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws on one PDF page in top-left coordinates (points, y downwards), the way a page is laid out
 * by eye; PDF's own origin is bottom-left. Every string goes through {@link PdfFonts#printable}
 * first.
 */
final class PdfCanvas implements Closeable {
  private final PDPageContentStream content;
  private final PdfFonts fonts;
  private final float pageHeight;

  PdfCanvas(PDDocument document, PDPage page, PdfFonts fonts) throws IOException {
    this.content = new PDPageContentStream(document, page);
    this.fonts = fonts;
    this.pageHeight = page.getMediaBox().getHeight();
  }

  /** Draws {@code text} with its baseline at {@code baseline} from the top. Returns its width. */
  float text(float x, float baseline, PDFont font, float size, String text) throws IOException {
    String printable = fonts.printable(font, text);
    if (printable.isEmpty()) {
      return 0;
    }
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, pageHeight - baseline);
    content.showText(printable);
    content.endText();
    return width(font, size, printable);
  }

  /** Draws {@code text} ending at {@code right}. */
  void textRight(float right, float baseline, PDFont font, float size, String text)
      throws IOException {
    String printable = fonts.printable(font, text);
    text(right - width(font, size, printable), baseline, font, size, printable);
  }

  /** Draws {@code text} centred on {@code center}. */
  void textCentered(float center, float baseline, PDFont font, float size, String text)
      throws IOException {
    String printable = fonts.printable(font, text);
    text(center - width(font, size, printable) / 2, baseline, font, size, printable);
  }

  /** The width of {@code text} in points, as it would be printed. */
  float width(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(fonts.printable(font, text)) / 1000f * size;
  }

  /** {@code text} cut to fit {@code maxWidth}, with {@code ...} when cut. */
  String fit(PDFont font, float size, String text, float maxWidth) throws IOException {
    String printable = fonts.printable(font, text);
    if (width(font, size, printable) <= maxWidth) {
      return printable;
    }
    int end = printable.length();
    while (end > 0 && width(font, size, printable.substring(0, end) + "...") > maxWidth) {
      end = Character.isLowSurrogate(printable.charAt(end - 1)) ? end - 2 : end - 1;
    }
    return printable.substring(0, Math.max(end, 0)).stripTrailing() + "...";
  }

  /** {@code text} broken into lines of at most {@code maxWidth}, at spaces. */
  List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : fonts.printable(font, text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(font, size, candidate) > maxWidth) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** {@link #text} in grey ({@code gray} 0 is black, 1 white: white on a dark band). */
  float text(float x, float baseline, PDFont font, float size, String text, float gray)
      throws IOException {
    content.setNonStrokingColor(gray);
    try {
      return text(x, baseline, font, size, text);
    } finally {
      content.setNonStrokingColor(0f);
    }
  }

  /** {@link #textCentered} in grey. */
  void textCentered(float center, float baseline, PDFont font, float size, String text, float gray)
      throws IOException {
    content.setNonStrokingColor(gray);
    try {
      textCentered(center, baseline, font, size, text);
    } finally {
      content.setNonStrokingColor(0f);
    }
  }

  /** A straight line. */
  void line(float x1, float y1, float x2, float y2, float width) throws IOException {
    content.setLineWidth(width);
    content.moveTo(x1, pageHeight - y1);
    content.lineTo(x2, pageHeight - y2);
    content.stroke();
  }

  /** A filled grey rectangle; {@code gray} 0 is black, 1 white. */
  void fill(float x, float top, float width, float height, float gray) throws IOException {
    content.setNonStrokingColor(gray);
    content.addRect(x, pageHeight - top - height, width, height);
    content.fill();
    content.setNonStrokingColor(0f);
  }

  /** A stroked rectangle. */
  void rect(float x, float top, float width, float height, float lineWidth) throws IOException {
    content.setLineWidth(lineWidth);
    content.addRect(x, pageHeight - top - height, width, height);
    content.stroke();
  }

  /** A stroked rectangle in grey ({@code gray} 0 is black, 1 white). */
  void rect(float x, float top, float width, float height, float lineWidth, float gray)
      throws IOException {
    content.setStrokingColor(gray);
    rect(x, top, width, height, lineWidth);
    content.setStrokingColor(0f);
  }

  /** A line in grey. */
  void line(float x1, float y1, float x2, float y2, float width, float gray) throws IOException {
    content.setStrokingColor(gray);
    line(x1, y1, x2, y2, width);
    content.setStrokingColor(0f);
  }

  /** A filled circle in grey. */
  void disc(float centerX, float centerY, float radius, float gray) throws IOException {
    // Four Bezier quarter arcs; 0.552 is the usual control distance for a circle.
    float k = radius * 0.5523f;
    float cx = centerX;
    float cy = pageHeight - centerY;
    content.setNonStrokingColor(gray);
    content.moveTo(cx + radius, cy);
    content.curveTo(cx + radius, cy + k, cx + k, cy + radius, cx, cy + radius);
    content.curveTo(cx - k, cy + radius, cx - radius, cy + k, cx - radius, cy);
    content.curveTo(cx - radius, cy - k, cx - k, cy - radius, cx, cy - radius);
    content.curveTo(cx + k, cy - radius, cx + radius, cy - k, cx + radius, cy);
    content.fill();
    content.setNonStrokingColor(0f);
  }

  /** {@code image} drawn into the box, scaled to fit and centred, its aspect ratio kept. */
  void image(PDImageXObject image, float x, float top, float width, float height)
      throws IOException {
    float scale = Math.min(width / image.getWidth(), height / image.getHeight());
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    content.drawImage(image, x + (width - w) / 2, pageHeight - top - (height - h) / 2 - h, w, h);
  }

  @Override
  public void close() throws IOException {
    content.close();
  }
}
