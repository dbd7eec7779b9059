package kr.catalog.search.correction;

/** Edit distances between short words (typed words against catalog words). */
final class EditDistance {

  private EditDistance() {}

  /**
   * Optimal string alignment distance over code points: insertions, deletions, substitutions and a
   * swap of neighbours each count one edit (what {@link
   * org.apache.lucene.util.automaton.LevenshteinAutomata} with transpositions accepts); {@code max
   * + 1} as soon as the distance must exceed {@code max}.
   */
  static int osa(String left, String right, int max) {
    int[] a = left.codePoints().toArray();
    int[] b = right.codePoints().toArray();
    int n = a.length;
    int m = b.length;
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
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
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
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
