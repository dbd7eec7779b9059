package kr.catalog.api.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.model.Keys;
import kr.catalog.model.Maker;

/**
 * The maker index at the back of the printed catalog, as counsellors use it: every maker with
 * products, under its initial, in dictionary order. Two indexes, like the book: by Korean name
 * (가나다: ㄱ to ㅎ, then names that begin with a Latin letter, then the rest) and by English name (ABC:
 * A to Z, then the rest).
 */
public final class MakerIndex {

  /** Which name a maker is filed under. */
  public enum Script {
    /** The Korean name, 가나다 order. */
    KO,
    /** The English name, ABC order. */
    EN
  }

  /**
   * One maker in the index.
   *
   * @param id the maker id, the value of the {@code maker} search filter
   * @param name the name it is filed under
   * @param initial its initial in the index ({@code ㄱ}, {@code A}, or {@code #})
   * @param products its products within the filters
   */
  public record Entry(String id, String name, String initial, long products) {}

  /**
   * An initial of the index with what is filed under it.
   *
   * @param initial {@code ㄱ} to {@code ㅎ}, {@code A} to {@code Z}, or {@code #} (digits and other)
   * @param makers makers filed under it
   * @param products their products within the filters
   */
  public record Initial(String initial, int makers, long products) {}

  // The fourteen initials of a printed Korean index; the tense consonants file under their plain
  // one (까뮤 under ㄱ), as dictionaries' section tabs do.
  private static final String HANGUL_INITIALS = "ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ";
  private static final String SECTIONS = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎABCDEFGHIJKLMNOPQRSTUVWXYZ#";
  private static final int SYLLABLE_FIRST = 0xAC00;
  private static final int SYLLABLE_LAST = 0xD7A3;
  private static final int SYLLABLES_PER_INITIAL = 21 * 28;

  private final List<Entry> entries;

  private MakerIndex(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * The index of these makers: only those with products in {@code counts} (the products within the
   * current filters), in index order.
   */
  public static MakerIndex of(Collection<Maker> makers, Map<String, Long> counts, Script script) {
    Collator collator = Collator.getInstance(script == Script.KO ? Locale.KOREAN : Locale.ENGLISH);
    collator.setStrength(Collator.SECONDARY);
    List<Entry> entries = new ArrayList<>();
    for (Maker m : makers) {
      long products = counts.getOrDefault(m.id(), 0L);
      if (products == 0) {
        continue;
      }
      String name = name(m, script);
      entries.add(new Entry(m.id(), name, initialOf(name), products));
    }
    entries.sort(
        Comparator.comparingInt((Entry e) -> SECTIONS.indexOf(e.initial()))
            .thenComparing((Entry e) -> sortKey(e.name()), collator)
            .thenComparing(Entry::name)
            .thenComparing(Entry::id));
    return new MakerIndex(List.copyOf(entries));
  }

  private static String name(Maker m, Script script) {
    String preferred = script == Script.KO ? m.nameKo() : m.nameEn();
    String other = script == Script.KO ? m.nameEn() : m.nameKo();
    String name = preferred == null || preferred.isBlank() ? other : preferred;
    return name == null || name.isBlank() ? m.id() : name.strip();
  }

  /**
   * The initial a name is filed under: the first letter's section of its maker key (legal forms
   * such as {@code (주)} and punctuation left out, {@link Keys#makerKey}), {@code #} for the rest.
   */
  public static String initialOf(String name) {
    return firstSection(sortKey(name));
  }

  /** What a name is filed by: its maker key, or the name itself when that is all legal form. */
  private static String sortKey(String name) {
    String key = Keys.makerKey(name);
    return key.isEmpty() ? name : key;
  }

  private static String firstSection(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= SYLLABLE_FIRST && cp <= SYLLABLE_LAST) {
        return String.valueOf(
            HANGUL_INITIALS.charAt((cp - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL));
      }
      if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) {
        return String.valueOf((char) Character.toUpperCase(cp));
      }
      if (Character.isLetterOrDigit(cp)) {
        return "#";
      }
      // Leading punctuation or spaces: skip.
    }
    return "#";
  }

  /** Whether {@code initial} is one of the index's sections. */
  public static boolean isSection(String initial) {
    return initial.length() == 1 && SECTIONS.contains(initial);
  }

  /** The entries, in index order, of one initial or all ({@code null}). */
  public List<Entry> entries(String initial) {
    return initial == null
        ? entries
        : entries.stream().filter(e -> e.initial().equals(initial)).toList();
  }

  /** The initials that have makers, in index order, with their counts. */
  public List<Initial> initials() {
    Map<String, int[]> makers = new LinkedHashMap<>();
    Map<String, Long> products = new LinkedHashMap<>();
    for (Entry e : entries) {
      makers.computeIfAbsent(e.initial(), k -> new int[1])[0]++;
      products.merge(e.initial(), e.products(), Long::sum);
    }
    return makers.entrySet().stream()
        .map(x -> new Initial(x.getKey(), x.getValue()[0], products.get(x.getKey())))
        .toList();
  }
}
