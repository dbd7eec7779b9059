package kr.catalog.search.relevance;

import java.util.List;
import java.util.Set;
import kr.catalog.search.analysis.CatalogAnalyzer;

/**
 * Marks the words of a text whose analysed terms were searched for, with {@code <em>}. Runs on the
 * stored text of the returned hits only, with the same analyzer, so both backends highlight alike
 * without storing offsets in the index.
 */
public final class Highlighter {

  private Highlighter() {}

  /**
   * The text, HTML-escaped, with matched words wrapped in {@code <em>}; null when nothing in it
   * matched.
   */
  public static String highlight(CatalogAnalyzer analyzer, String text, Set<String> queryTerms) {
    if (text == null || text.isBlank() || queryTerms.isEmpty()) {
      return null;
    }
    List<CatalogAnalyzer.Token> tokens = analyzer.tokens(text);
    // Merge matched spans (decompounded parts overlap their compound) before writing.
    boolean[] marked = new boolean[text.length()];
    boolean any = false;
    for (CatalogAnalyzer.Token t : tokens) {
      if (queryTerms.contains(t.term())) {
        for (int i = t.start(); i < t.end() && i < marked.length; i++) {
          marked[i] = true;
        }
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      if (marked[i] && !open) {
        out.append("<em>");
        open = true;
      } else if (!marked[i] && open) {
        out.append("</em>");
        open = false;
      }
      escape(text.charAt(i), out);
    }
    if (open) {
      out.append("</em>");
    }
    return out.toString();
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '&' -> out.append("&amp;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.append(c);
    }
  }
}
