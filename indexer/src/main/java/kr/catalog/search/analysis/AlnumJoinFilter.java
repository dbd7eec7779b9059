package kr.catalog.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Joins tokens of ASCII letters and digits that touch in the text back into one token. Nori splits
 * at every change between letters and digits ({@code 4179B001AA} becomes {@code 4179 b 001 aa},
 * {@code ps4} becomes {@code ps 4}), so a search for {@code aa} would find every code ending in AA
 * and {@code ps4} anything with a 4. Kept whole, such words match as the user typed them; product
 * codes are matched separator-insensitively by the code-key fields anyway.
 */
final class AlnumJoinFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private AttributeSource.State pending;
  private boolean exhausted;

  AlnumJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    if (!isAsciiAlnum()) {
      return true;
    }
    StringBuilder joined = new StringBuilder().append(term);
    int start = offset.startOffset();
    int end = offset.endOffset();
    State first = captureState();
    while (!exhausted) {
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
      if (offset.startOffset() == end && isAsciiAlnum()) {
        joined.append(term);
        end = offset.endOffset();
      } else {
        pending = captureState();
        break;
      }
    }
    restoreState(first);
    term.setEmpty().append(joined);
    offset.setOffset(start, end);
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
    pending = null;
    exhausted = false;
  }
}
