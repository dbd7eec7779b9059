package kr.catalog.search.vocabulary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vocabulary a search expands with: for each term (compared in its {@link #key} form, so case,
 * full/half width and spacing do not matter: {@code 드릴 비트} and {@code 드릴비트} are one term) the terms
 * it also finds. Immutable and thread-safe; a change of the entries builds a new one, which a
 * backend swaps in atomically.
 */
public final class Vocabulary {

  /** No entries: searches are planned exactly as typed. */
  public static final Vocabulary EMPTY = new Vocabulary(List.of());

  /**
   * Longest run of typed words looked up as one term. Terms have up to three words; one more lets a
   * compound be typed with a space inside one of its words ({@code 몽키 스 패너} is not worth it, but
   * {@code 롱 노우즈 플라이어} is).
   */
  static final int MAX_SPAN_WORDS = 4;

  private final List<VocabularyEntry> entries;
  private final Map<String, List<String>> alternatives;

  private Vocabulary(List<VocabularyEntry> entries) {
    this.entries = List.copyOf(entries);
    // Two-way entries sharing a term form one class of equivalent terms (spellings of a word and
    // its synonyms written as separate entries); a one-way entry points from a typed term to the
    // classes of what it means. A term finds its class and what any member of its class points to,
    // one level deep, so a spelling variant of a shop-floor word means what the word means.
    Map<String, String> written = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    Map<String, Set<String>> pointsTo = new HashMap<>();
    for (VocabularyEntry e : this.entries) {
      List<String> keys = new ArrayList<>();
      for (String t : e.terms()) {
        String k = key(t);
        if (!k.isEmpty()) {
          written.putIfAbsent(k, t.strip());
          parent.putIfAbsent(k, k);
          keys.add(k);
        }
      }
      if (keys.size() < 2) {
        continue;
      }
      if (e.direction() == VocabularyEntry.Direction.TWO_WAY) {
        for (String k : keys.subList(1, keys.size())) {
          union(parent, keys.get(0), k);
        }
      } else {
        pointsTo
            .computeIfAbsent(keys.get(0), k -> new TreeSet<>())
            .addAll(keys.subList(1, keys.size()));
      }
    }
    Map<String, Set<String>> classes = new HashMap<>();
    for (String k : parent.keySet()) {
      classes.computeIfAbsent(root(parent, k), r -> new TreeSet<>()).add(k);
    }
    Map<String, List<String>> map = new HashMap<>();
    for (String k : parent.keySet()) {
      Set<String> found = new TreeSet<>(classes.get(root(parent, k)));
      for (String member : classes.get(root(parent, k))) {
        for (String target : pointsTo.getOrDefault(member, Set.of())) {
          found.addAll(classes.get(root(parent, target)));
        }
      }
      found.remove(k);
      if (!found.isEmpty()) {
        // Sorted, so a plan lists the same alternatives in the same order on every run and backend.
        Set<String> alternativesWritten = new TreeSet<>();
        found.forEach(f -> alternativesWritten.add(written.get(f)));
        map.put(k, List.copyOf(alternativesWritten));
      }
    }
    this.alternatives = Map.copyOf(map);
  }

  private static String root(Map<String, String> parent, String k) {
    String r = k;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (!ra.equals(rb)) {
      // The smaller key becomes the root, so classes do not depend on entry order.
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** A vocabulary of these entries (terms shared by several entries get all their alternatives). */
  public static Vocabulary of(List<VocabularyEntry> entries) {
    return entries.isEmpty() ? EMPTY : new Vocabulary(entries);
  }

  /** The entries it was built from. */
  public List<VocabularyEntry> entries() {
    return entries;
  }

  /** Whether it has no entries. */
  public boolean isEmpty() {
    return alternatives.isEmpty();
  }

  /**
   * The form terms are compared in: Unicode NFKC (full-width letters, compatibility jamo), lower
   * case by the root locale, no whitespace.
   */
  public static String key(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return nfkc.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  /** The terms a typed term also finds (empty when it is not in the vocabulary). */
  public List<String> alternativesOf(String typed) {
    return alternatives.getOrDefault(key(typed), List.of());
  }

  /**
   * The runs of typed words that are vocabulary terms, left to right, longest run first at each
   * position, not overlapping: {@code [몽키, 스패너, 대형]} gives the run {@code 몽키 스패너} when that is a
   * term, even if {@code 스패너} alone is one too.
   */
  public List<Match> matches(List<String> words) {
    List<Match> found = new ArrayList<>();
    if (alternatives.isEmpty()) {
      return found;
    }
    int i = 0;
    while (i < words.size()) {
      Match longest = null;
      StringBuilder joined = new StringBuilder();
      for (int end = i + 1; end <= Math.min(words.size(), i + MAX_SPAN_WORDS); end++) {
        joined.append(key(words.get(end - 1)));
        List<String> alts = alternatives.get(joined.toString());
        if (alts != null) {
          longest = new Match(i, end, alts);
        }
      }
      if (longest == null) {
        i++;
      } else {
        found.add(longest);
        i = longest.end();
      }
    }
    return found;
  }

  /**
   * A run of typed words that is a vocabulary term.
   *
   * @param start index of its first word
   * @param end index after its last word
   * @param alternatives the terms it also finds, as written in the vocabulary
   */
  public record Match(int start, int end, List<String> alternatives) {
    public Match {
      alternatives = List.copyOf(alternatives);
    }
  }
}
