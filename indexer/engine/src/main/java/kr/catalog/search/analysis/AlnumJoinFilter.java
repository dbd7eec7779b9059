package kr.catalog.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins tokens of ASCII letters and digits that touch in the text back into one token. Nori splits
 * at every change between letters and digits ({@code 4179B001AA} becomes {@code 4179 b 001 aa},
 * {@code ps4} becomes {@code ps 4}), so a search for {@code aa} would find every code ending in AA
 * and {@code ps4} anything with a 4. Kept whole, such words match as the user typed them; product
 * codes are matched separator-insensitively by the code-key fields anyway.
 *
 * <p>Placed after Nori's part-of-speech and reading filters, so only the term and its offsets
 * matter downstream (positions do not: the search fields hold the terms joined by spaces, and
 * queries and highlighting work by offsets). The look-ahead token is therefore kept as term and
 * offsets in reused buffers rather than as a captured attribute state, which allocated on every
 * token.
 */
final class AlnumJoinFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final StringBuilder joined = new StringBuilder();
  private final StringBuilder pendingTerm = new StringBuilder();
  private int pendingStart;
  private int pendingEnd;
  private int pendingIncrement;
  private boolean hasPending;
  private boolean exhausted;

  AlnumJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (hasPending) {
      term.setEmpty().append(pendingTerm);
      offset.setOffset(pendingStart, pendingEnd);
      position.setPositionIncrement(pendingIncrement);
      hasPending = false;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    if (!isAsciiAlnum()) {
      return true;
    }
    joined.setLength(0);
    joined.append(term);
    int start = offset.startOffset();
    int end = offset.endOffset();
    int increment = position.getPositionIncrement();
    while (!exhausted) {
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
      if (offset.startOffset() == end && isAsciiAlnum()) {
        joined.append(term);
        end = offset.endOffset();
      } else {
        pendingTerm.setLength(0);
        pendingTerm.append(term);
        pendingStart = offset.startOffset();
        pendingEnd = offset.endOffset();
        pendingIncrement = position.getPositionIncrement();
        hasPending = true;
        break;
      }
    }
    term.setEmpty().append(joined);
    offset.setOffset(start, end);
    position.setPositionIncrement(increment);
    return true;
  }

  private boolean isAsciiAlnum() {
    int length = term.length();
    if (length == 0) {
      return false;
    }
    char[] buffer = term.buffer();
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    hasPending = false;
    exhausted = false;
  }
}
