package kr.catalog.ingest.book;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A {@link PDFTextStripper} that, besides the page text, keeps where each character was printed:
 * lines of tokens (runs of characters between spaces or word gaps) with their boxes in display
 * coordinates (points, origin top-left, page rotation applied), for finding product codes and the
 * printed page label.
 */
final class PositionedTextStripper extends PDFTextStripper {
  /** A run of non-space characters and the box around them. */
  record Token(String text, float left, float top, float right, float bottom) {
    Token plus(Token next) {
      return new Token(
          text + " " + next.text,
          Math.min(left, next.left),
          Math.min(top, next.top),
          Math.max(right, next.right),
          Math.max(bottom, next.bottom));
    }
  }

  /** A printed line: its tokens left to right. */
  record Line(List<Token> tokens) {
    String text() {
      return String.join(" ", tokens.stream().map(Token::text).toList());
    }

    float top() {
      return (float) tokens.stream().mapToDouble(Token::top).min().orElse(0);
    }
  }

  private final List<Line> lines = new ArrayList<>();
  private List<Token> tokens = new ArrayList<>();
  private StringBuilder chars = new StringBuilder();
  private float left;
  private float top;
  private float right;
  private float bottom;

  PositionedTextStripper() {
    setSortByPosition(true);
  }

  /** The lines of the pages stripped so far. */
  List<Line> lines() {
    return lines;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    super.writeString(text, positions);
    for (TextPosition position : positions) {
      String unicode = position.getUnicode();
      // NUL and other controls stand for spaces in PDFs whose font maps them to the space glyph.
      if (unicode == null
          || unicode.isBlank()
          || unicode.chars().allMatch(Character::isISOControl)) {
        endToken();
        continue;
      }
      // The font size, not the glyph height from font metrics (often only the x-height), sets
      // the box: a hotspot should cover the printed line from ascender to descender.
      float size = Math.max(position.getFontSizeInPt(), position.getHeightDir());
      float x = position.getXDirAdj();
      float baseline = position.getYDirAdj();
      float glyphTop = baseline - size * 0.9f;
      float glyphBottom = baseline + size * 0.25f;
      if (chars.isEmpty()) {
        left = x;
        top = glyphTop;
        right = x + position.getWidthDirAdj();
        bottom = glyphBottom;
      } else {
        left = Math.min(left, x);
        top = Math.min(top, glyphTop);
        right = Math.max(right, x + position.getWidthDirAdj());
        bottom = Math.max(bottom, glyphBottom);
      }
      chars.append(unicode);
    }
    endToken();
  }

  @Override
  protected void writeWordSeparator() throws IOException {
    super.writeWordSeparator();
    endToken();
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    super.writeLineSeparator();
    endLine();
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    endLine();
    super.endPage(page);
  }

  private void endToken() {
    if (!chars.isEmpty()) {
      tokens.add(new Token(chars.toString(), left, top, right, bottom));
      chars = new StringBuilder();
    }
  }

  private void endLine() {
    endToken();
    if (!tokens.isEmpty()) {
      lines.add(new Line(List.copyOf(tokens)));
      tokens = new ArrayList<>();
    }
  }
}
