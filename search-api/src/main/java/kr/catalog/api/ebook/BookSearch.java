package kr.catalog.api.ebook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kr.catalog.model.BookPage;
import kr.catalog.model.Keys;

/**
 * Search inside one catalog book. A book has a few hundred pages, so a scan is fast enough, and
 * substring matching suits the task: people type words as printed, Korean compounds included
 * ({@code 드릴} finds {@code 전동드릴}), and product codes match separator-insensitively against the
 * codes printed on the page.
 */
final class BookSearch {
  private static final int SNIPPET_RADIUS = 40;

  private BookSearch() {}

  /** A matching page, its number of matches and a snippet around the first one. */
  record Hit(BookPage page, int matches, String snippet) {}

  static List<Hit> search(List<BookPage> pages, String query, int limit) {
    List<String> terms =
        Arrays.stream(fold(query).split("\\s+")).filter(t -> !t.isBlank()).toList();
    String codeKey = Keys.codeKey(query);
    List<Hit> hits = new ArrayList<>();
    for (BookPage page : pages) {
      String text = fold(page.text() == null ? "" : page.text());
      int matches = 0;
      boolean all = !terms.isEmpty();
      for (String term : terms) {
        int n = occurrences(text, term);
        all &= n > 0;
        matches += n;
      }
      boolean codeOnPage =
          !codeKey.isEmpty()
              && page.hotspots().stream().anyMatch(h -> h.codeKey().contains(codeKey));
      if (all || codeOnPage) {
        hits.add(new Hit(page, Math.max(matches, 1), snippet(page.text(), text, terms)));
      }
    }
    hits.sort(
        Comparator.comparingInt(Hit::matches).reversed().thenComparingInt(h -> h.page().index()));
    return hits.subList(0, Math.min(limit, hits.size()));
  }

  /** Case- and width-insensitive form; NFKC keeps string length for Hangul and ASCII text. */
  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static int occurrences(String text, String term) {
    int n = 0;
    for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
      n++;
    }
    return n;
  }

  private static String snippet(String original, String folded, List<String> terms) {
    if (original == null || original.isEmpty()) {
      return "";
    }
    int at = terms.stream().mapToInt(folded::indexOf).filter(i -> i >= 0).min().orElse(0);
    // Folding can change lengths in rare cases (ligatures); fall back to the page start then.
    if (folded.length() != original.length()) {
      at = 0;
    }
    int from = Math.max(0, at - SNIPPET_RADIUS);
    int to = Math.min(original.length(), at + SNIPPET_RADIUS * 2);
    String snippet = original.substring(from, to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? "…" : "") + snippet + (to < original.length() ? "…" : "");
  }
}
