package kr.catalog.search.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.UserDictionaryBuilder;
import kr.catalog.search.correction.QueryCorrector;
import kr.catalog.search.correction.TypoVocabulary;

/**
 * One catalog build as the search side sees it, apart from the documents themselves. Immutable;
 * {@link #snapshot()} gives what must be persisted next to an index to reopen it.
 */
public final class CatalogModel {

  private final CatalogAnalyzer analyzer;
  private final Map<String, Maker> makers;
  private final Map<String, Category> categories;
  private final Map<String, List<String>> categoryPaths;
  private final Map<String, Long> productsPerMaker;
  private final MakerDirectory makerDirectory;
  private final CategoryDirectory categoryDirectory;
  private final QueryCorrector corrector;
  private final Snapshot snapshot;

  private CatalogModel(Snapshot snapshot) {
    this.snapshot = snapshot;
    this.analyzer = CatalogAnalyzer.withDictionary(snapshot.dictionary());
    Map<String, Maker> makerMap = new LinkedHashMap<>();
    snapshot.makers().forEach(m -> makerMap.put(m.id(), m));
    this.makers = Collections.unmodifiableMap(makerMap);
    Map<String, Category> categoryMap = new TreeMap<>();
    snapshot.categories().forEach(c -> categoryMap.put(c.id(), c));
    this.categories = Collections.unmodifiableMap(categoryMap);
    Map<String, List<String>> paths = new HashMap<>();
    for (Category c : snapshot.categories()) {
      List<String> path = new ArrayList<>();
      for (Category at = c;
          at != null;
          at = at.parentId() == null ? null : categoryMap.get(at.parentId())) {
        path.add(0, at.id());
      }
      paths.put(c.id(), List.copyOf(path));
    }
    this.categoryPaths = paths;
    this.productsPerMaker = Map.copyOf(snapshot.productsPerMaker());
    this.makerDirectory = new MakerDirectory(snapshot.makers(), productsPerMaker);
    this.categoryDirectory = new CategoryDirectory(snapshot.categories());
    this.corrector = new QueryCorrector(TypoVocabulary.of(snapshot.words(), analyzer), analyzer);
  }

  /** Builds the model of a catalog: user dictionary, directories and vocabulary. */
  public static CatalogModel of(Catalog catalog) {
    return of(catalog, null);
  }

  /**
   * The model of a new catalog version that keeps an existing analysis dictionary: a partial
   * publication re-indexes only some products, and the documents left as they were must be analysed
   * like the queries (makers, categories, counts and typo vocabulary are the new ones).
   *
   * @param dictionary the user dictionary lines to keep, or null to build them from {@code catalog}
   */
  public static CatalogModel of(Catalog catalog, List<String> dictionary) {
    return build(catalog, dictionary);
  }

  private static CatalogModel build(Catalog catalog, List<String> keptDictionary) {
    UserDictionaryBuilder dictionary = new UserDictionaryBuilder();
    Map<String, Integer> words = new HashMap<>();
    for (Maker m : catalog.makers()) {
      dictionary.addName(m.nameKo());
      m.aliases().forEach(dictionary::addName);
      TypoVocabulary.countWords(m.nameKo(), words);
      TypoVocabulary.countWords(m.nameEn(), words);
      // Aliases are how people type a maker (봇슈, 마키타): words to correct towards, too.
      m.aliases().forEach(a -> TypoVocabulary.countWords(a, words));
    }
    for (Category c : catalog.categories()) {
      dictionary.addCategoryName(c.nameKo());
      TypoVocabulary.countWords(c.nameKo(), words);
      TypoVocabulary.countWords(c.nameEn(), words);
    }
    Map<String, Long> perMaker = new HashMap<>();
    for (Product p : catalog.products()) {
      dictionary.addProductText(p.nameKo());
      TypoVocabulary.countWords(p.nameKo(), words);
      TypoVocabulary.countWords(p.nameEn(), words);
      if (!p.discontinued()) {
        perMaker.merge(p.makerId(), 1L, Long::sum);
      }
    }
    return new CatalogModel(
        new Snapshot(
            catalog.version(),
            keptDictionary == null ? dictionary.build() : List.copyOf(keptDictionary),
            catalog.makers(),
            catalog.categories(),
            perMaker,
            words));
  }

  /** Reopens a model persisted with {@link #snapshot()}. */
  public static CatalogModel fromSnapshot(Snapshot snapshot) {
    return new CatalogModel(snapshot);
  }

  /** What to persist to reopen this model. */
  public Snapshot snapshot() {
    return snapshot;
  }

  /** The catalog version this model was built from. */
  public String version() {
    return snapshot.version();
  }

  /** The analyzer of this build. */
  public CatalogAnalyzer analyzer() {
    return analyzer;
  }

  /** Maker by id, or null. */
  public Maker maker(String id) {
    return makers.get(id);
  }

  /** The ids of every maker, in the catalog's order. */
  public Set<String> makerIds() {
    return makers.keySet();
  }

  /** Category by id, or null. */
  public Category category(String id) {
    return categories.get(id);
  }

  /** All categories ordered by id, which is tree order (a child's id extends its parent's). */
  public Iterable<Category> categoriesInTreeOrder() {
    return categories.values();
  }

  /** Number of categories. */
  public int categoryCount() {
    return categories.size();
  }

  /** The ids from the top category down to this one; just the id when it is unknown. */
  public List<String> categoryPath(String categoryId) {
    return categoryPaths.getOrDefault(categoryId, List.of(categoryId));
  }

  /** Makers matched by typed text. */
  public MakerDirectory makerDirectory() {
    return makerDirectory;
  }

  /** Categories matched by typed text. */
  public CategoryDirectory categoryDirectory() {
    return categoryDirectory;
  }

  /**
   * Whether the catalog itself uses this word (in a maker, category or product name), compared
   * lower-cased: the query planner trusts the typed form of such a word over its trade-vocabulary
   * alternatives.
   */
  public boolean usesWord(String word) {
    return snapshot.words().containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Typo corrections of queries, from this catalog's vocabulary. */
  public QueryCorrector corrector() {
    return corrector;
  }

  /**
   * The persisted form of a model.
   *
   * @param version catalog version
   * @param dictionary Nori user dictionary lines
   * @param makers all makers
   * @param categories all categories
   * @param productsPerMaker searchable products per maker id
   * @param words surface words of names with their frequency
   */
  public record Snapshot(
      String version,
      List<String> dictionary,
      List<Maker> makers,
      List<Category> categories,
      Map<String, Long> productsPerMaker,
      Map<String, Integer> words) {}
}
