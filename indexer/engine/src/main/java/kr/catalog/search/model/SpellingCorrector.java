package kr.catalog.search.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": replaces each word of a query that is not in the catalog's vocabulary (words of
 * product, maker and category names) by the closest word that is, within one edit for words of up
 * to four characters and two edits for longer ones; closer words first, then more frequent ones.
 * The backend only offers the correction when it finds something.
 */
public final class SpellingCorrector {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

  private final Map<String, Integer> words;

  SpellingCorrector(Map<String, Integer> words) {
    this.words = Map.copyOf(words);
  }

  /** Counts the lower-cased words of the text into {@code counts}. */
  public static void countWords(String text, Map<String, Integer> counts) {
    if (text == null) {
      return;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
  }

  /** The corrected query, or null when every word is known or nothing close enough exists. */
  public String correct(String query) {
    if (query == null || query.isBlank()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (String raw : query.strip().split("\\s+")) {
      String word = raw.toLowerCase(Locale.ROOT);
      if (word.length() < 2 || words.containsKey(word)) {
        out.add(raw);
        continue;
      }
      String best = closest(word);
      if (best == null) {
        out.add(raw);
      } else {
        out.add(best);
        changed = true;
      }
    }
    return changed ? String.join(" ", out) : null;
  }

  private String closest(String word) {
    int maxEdits = word.length() <= 4 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestCount = -1;
    for (Map.Entry<String, Integer> candidate : words.entrySet()) {
      String w = candidate.getKey();
      if (Math.abs(w.length() - word.length()) > maxEdits) {
        continue;
      }
      int d = distance(word, w, maxEdits);
      if (d > maxEdits) {
        continue;
      }
      int count = candidate.getValue();
      if (d < bestDistance
          || (d == bestDistance && count > bestCount)
          || (d == bestDistance && count == bestCount && w.compareTo(best) < 0)) {
        best = w;
        bestDistance = d;
        bestCount = count;
      }
    }
    return best;
  }

  /** Optimal string alignment distance (a swap of neighbours is one edit), capped above max. */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return d[n][m];
  }
}
