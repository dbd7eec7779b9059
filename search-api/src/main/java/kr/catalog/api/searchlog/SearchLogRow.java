package kr.catalog.api.searchlog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.catalog.search.vocabulary.Vocabulary;

/**
 * A row of the {@code search_log} table, derived from a {@link SearchEvent} on the log's worker
 * (never on the search path). Lengths are cut to the columns'.
 */
record SearchLogRow(
    Instant at,
    String query,
    String queryKey,
    String filters,
    long hits,
    String correctedTo,
    String expandedTo,
    String backend,
    int latencyMicros,
    String surface,
    int page) {

  static SearchLogRow of(SearchEvent e) {
    String typed = cut(e.typed().strip(), 200);
    return new SearchLogRow(
        e.at(),
        typed,
        cut(Vocabulary.key(typed), 200),
        cut(filters(e.filters()), 1000),
        e.hits(),
        e.corrected() ? cut(e.ran(), 200) : null,
        cut(expansions(e.vocabulary(), e.ran()), 1000),
        cut(e.backend(), 16),
        (int) Math.min(Integer.MAX_VALUE, e.latencyNanos() / 1_000),
        e.surface() == null ? SearchEvent.API : e.surface(),
        e.page());
  }

  /** {@code category=04.01,04.02&maker=bosch}: names and values sorted, so equal filters match. */
  static String filters(Map<String, Set<String>> filters) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(filters)
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                parts.add(name + "=" + String.join(",", new TreeSet<>(values)));
              }
            });
    return parts.isEmpty() ? null : String.join("&", parts);
  }

  /** The vocabulary runs of the text that ran: {@code 기리 → 드릴비트, 드릴 비트; ...}, or null. */
  static String expansions(Vocabulary vocabulary, String ran) {
    if (vocabulary == null || vocabulary.isEmpty() || ran == null || ran.isBlank()) {
      return null;
    }
    // Split as the query planner splits, so the runs are the ones the search expanded.
    List<String> words = List.of(ran.strip().split("\\s+"));
    List<String> runs = new ArrayList<>();
    for (Vocabulary.Match m : vocabulary.matches(words)) {
      runs.add(
          String.join(" ", words.subList(m.start(), m.end()))
              + " → "
              + String.join(", ", m.alternatives()));
    }
    return runs.isEmpty() ? null : String.join("; ", runs);
  }

  private static String cut(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    // Never split a surrogate pair: the column holds characters, PostgreSQL refuses half a pair.
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }
}
