package kr.catalog.search.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Keys;
import kr.catalog.model.Maker;
import kr.catalog.search.analysis.Chosung;

/**
 * Finds makers by what a user types: Korean or English name or any alias, whole or begun, or the
 * initial consonants of the Korean name ({@code ㅂㅅ} finds {@code 보쉬}). 1,118 makers fit in memory;
 * matching them here keeps both backends' answers identical.
 */
public final class MakerDirectory {

  /** How well a maker matched, best first. */
  public enum MatchKind {
    EXACT,
    PREFIX,
    CHOSUNG,
    INFIX
  }

  /** A maker and how it matched. */
  public record MakerMatch(Maker maker, MatchKind kind, long products) {}

  private record Entry(Maker maker, List<String> forms, List<String> initials, long products) {}

  private final List<Entry> entries = new ArrayList<>();

  MakerDirectory(List<Maker> makers, Map<String, Long> productsPerMaker) {
    for (Maker m : makers) {
      List<String> forms = new ArrayList<>();
      List<String> initials = new ArrayList<>();
      addForm(m.nameKo(), forms, initials);
      addForm(m.nameEn(), forms, initials);
      m.aliases().forEach(a -> addForm(a, forms, initials));
      entries.add(
          new Entry(
              m,
              List.copyOf(forms),
              List.copyOf(initials),
              productsPerMaker.getOrDefault(m.id(), 0L)));
    }
  }

  private static void addForm(String name, List<String> forms, List<String> initials) {
    if (name == null || name.isBlank()) {
      return;
    }
    // The maker key (legal forms and punctuation gone) and the plain name key (legal forms kept,
    // so "bosch g" typed on its way to "Bosch GmbH" is still a prefix).
    String key = Keys.makerKey(name);
    if (!key.isEmpty()) {
      forms.add(key);
    }
    String full = Keys.nameKey(name);
    if (!full.isEmpty() && !full.equals(key)) {
      forms.add(full);
    }
    if (name.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3)) {
      initials.add(Chosung.of(name));
    }
  }

  /**
   * The matching key of a name, for the category directory: NFKC, lower case, letters and digits
   * only ({@link Keys#nameKey}), so {@code Black & Decker} and {@code blackdecker} meet.
   */
  static String key(String text) {
    return Keys.nameKey(text);
  }

  /**
   * Makers matching the text, best first: exact name or alias, then names beginning with it, then
   * initial consonants, then names containing it; within one kind, makers with more products first,
   * then by id.
   */
  public List<MakerMatch> match(String text, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    boolean initialsOnly = Chosung.isInitialsOnly(text);
    // What users type is matched by ingest's maker key (Keys), so (주)보쉬 or ＢＯＳＣＨ finds the
    // maker ingest matched from the same spelling.
    String q = initialsOnly ? Chosung.compact(text) : Keys.makerTypingKey(text);
    if (q.isEmpty()) {
      return List.of();
    }
    List<MakerMatch> matches = matchAll(q, initialsOnly);
    if (matches.isEmpty() && !initialsOnly) {
      // As ingest does: a spelling with a country branch (보쉬코리아, Bosch Korea) that matches
      // nothing as it is names the maker without the branch word.
      String branch = Keys.makerBranchKey(text);
      if (!branch.isEmpty() && !branch.equals(q)) {
        matches = matchAll(branch, false);
      }
    }
    matches.sort(
        Comparator.comparing(MakerMatch::kind)
            .thenComparing(Comparator.comparingLong(MakerMatch::products).reversed())
            .thenComparing(m -> m.maker().id()));
    return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
  }

  private List<MakerMatch> matchAll(String q, boolean initialsOnly) {
    List<MakerMatch> matches = new ArrayList<>();
    for (Entry e : entries) {
      MatchKind kind = initialsOnly ? matchInitials(e, q) : matchForms(e, q);
      if (kind != null) {
        matches.add(new MakerMatch(e.maker(), kind, e.products()));
      }
    }
    return matches;
  }

  private static MatchKind matchInitials(Entry e, String q) {
    for (String initials : e.initials()) {
      if (initials.startsWith(q)) {
        return MatchKind.CHOSUNG;
      }
    }
    return null;
  }

  private static MatchKind matchForms(Entry e, String q) {
    MatchKind best = null;
    for (String form : e.forms()) {
      MatchKind kind =
          form.equals(q)
              ? MatchKind.EXACT
              : form.startsWith(q) ? MatchKind.PREFIX : form.contains(q) ? MatchKind.INFIX : null;
      if (kind != null && (best == null || kind.compareTo(best) < 0)) {
        best = kind;
      }
    }
    return best;
  }
}
