package kr.catalog.search.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.UserDictionaryBuilder;

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
  private final SpellingCorrector spelling;
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
    this.spelling = new SpellingCorrector(snapshot.words());
  }

  /** Builds the model of a catalog: user dictionary, directories and vocabulary. */
  public static CatalogModel of(Catalog catalog) {
    UserDictionaryBuilder dictionary = new UserDictionaryBuilder();
    Map<String, Integer> words = new HashMap<>();
    for (Maker m : catalog.makers()) {
      dictionary.addName(m.nameKo());
      m.aliases().forEach(dictionary::addName);
      SpellingCorrector.countWords(m.nameKo(), words);
      SpellingCorrector.countWords(m.nameEn(), words);
    }
    for (Category c : catalog.categories()) {
      dictionary.addCategoryName(c.nameKo());
      SpellingCorrector.countWords(c.nameKo(), words);
      SpellingCorrector.countWords(c.nameEn(), words);
    }
    Map<String, Long> perMaker = new HashMap<>();
    for (Product p : catalog.products()) {
      dictionary.addProductText(p.nameKo());
      SpellingCorrector.countWords(p.nameKo(), words);
      SpellingCorrector.countWords(p.nameEn(), words);
      if (!p.discontinued()) {
        perMaker.merge(p.makerId(), 1L, Long::sum);
      }
    }
    return new CatalogModel(
        new Snapshot(
            catalog.version(),
            dictionary.build(),
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

  /** Corrections for queries that find nothing. */
  public SpellingCorrector spelling() {
    return spelling;
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
