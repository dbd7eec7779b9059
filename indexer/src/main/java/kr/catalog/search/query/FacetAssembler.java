package kr.catalog.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.search.Curation;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult.FacetValue;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.model.CatalogModel;

/**
 * Shapes raw counts into facets, by the same rules for both backends. Zero counts are deliberate:
 *
 * <ul>
 *   <li>{@code category}: every top category always (0 when nothing matches there, so the tree's
 *       first level never jumps), deeper categories when they count at least one, and selected
 *       ones; in tree order.
 *   <li>{@code maker}, {@code origin}, {@code brand}: the {@code limit} values with most matches
 *       (ties by value), then every selected value not among them, even with 0, so a ticked box
 *       never disappears.
 *   <li>{@code flag}: the four flags always, in a fixed order, 0 included.
 *   <li>{@code collection} (only with active or selected marketing collections): every active
 *       collection in the curated order, 0 included, then selected slugs that are not active.
 * </ul>
 */
public final class FacetAssembler {

  /** Facet names. */
  public static final String CATEGORY = "category";

  public static final String MAKER = "maker";
  public static final String ORIGIN = "origin";
  public static final String BRAND = "brand";
  public static final String FLAG = "flag";

  /** The marketing collections facet, present only when the search has curation collections. */
  public static final String COLLECTION = "collection";

  /** The keyword facets with a top-N list, and their dimensions. */
  public static final Map<String, Dimension> TOP_N_FACETS =
      Map.of(MAKER, Dimension.MAKER, ORIGIN, Dimension.ORIGIN, BRAND, Dimension.BRAND);

  private final CatalogModel model;

  /** An assembler labelling values from this model. */
  public FacetAssembler(CatalogModel model) {
    this.model = model;
  }

  /** The selected values per facet name. */
  public static Map<String, Set<String>> selected(SearchQuery q) {
    Map<String, Set<String>> selected = new LinkedHashMap<>();
    selected.put(CATEGORY, q.categories());
    selected.put(MAKER, q.makers());
    selected.put(ORIGIN, q.origins());
    selected.put(BRAND, q.brands());
    selected.put(FLAG, Set.copyOf(q.flags().stream().map(DocumentBuilder::flagValue).toList()));
    selected.put(COLLECTION, q.curation().selected());
    return selected;
  }

  /** All facets of a result without collections. */
  public Map<String, List<FacetValue>> assemble(
      Map<String, Map<String, Long>> counts, Map<String, Set<String>> selected, int limit) {
    return assemble(counts, selected, limit, List.of());
  }

  /**
   * All facets of a result; with active collections (or a selected one) also {@code collection}:
   * every active collection in its given order with its label and count, 0 included, then every
   * selected slug that is not active, with 0 and the slug as label, so a ticked box never vanishes.
   */
  public Map<String, List<FacetValue>> assemble(
      Map<String, Map<String, Long>> counts,
      Map<String, Set<String>> selected,
      int limit,
      List<Curation.CuratedCollection> collections) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put(
        CATEGORY, categories(counts.getOrDefault(CATEGORY, Map.of()), selected.get(CATEGORY)));
    for (String facet : List.of(MAKER, ORIGIN, BRAND)) {
      facets.put(
          facet, topN(facet, counts.getOrDefault(facet, Map.of()), selected.get(facet), limit));
    }
    List<FacetValue> flags = new ArrayList<>();
    Map<String, Long> flagCounts = counts.getOrDefault(FLAG, Map.of());
    for (SearchQuery.Flag flag : SearchQuery.Flag.values()) {
      String value = DocumentBuilder.flagValue(flag);
      flags.add(new FacetValue(value, value, flagCounts.getOrDefault(value, 0L)));
    }
    facets.put(FLAG, flags);
    Set<String> selectedCollections = selected.getOrDefault(COLLECTION, Set.of());
    if (!collections.isEmpty() || !selectedCollections.isEmpty()) {
      Map<String, Long> collectionCounts = counts.getOrDefault(COLLECTION, Map.of());
      List<FacetValue> values = new ArrayList<>();
      for (Curation.CuratedCollection c : collections) {
        values.add(
            new FacetValue(c.slug(), c.label(), collectionCounts.getOrDefault(c.slug(), 0L)));
      }
      selectedCollections.stream()
          .sorted()
          .filter(v -> values.stream().noneMatch(fv -> fv.value().equals(v)))
          .forEach(v -> values.add(new FacetValue(v, v, 0L)));
      facets.put(COLLECTION, values);
    }
    return facets;
  }

  private List<FacetValue> categories(Map<String, Long> counts, Set<String> selected) {
    List<FacetValue> values = new ArrayList<>();
    for (Category c : model.categoriesInTreeOrder()) {
      long count = counts.getOrDefault(c.id(), 0L);
      if (c.isTop() || count > 0 || selected.contains(c.id())) {
        values.add(new FacetValue(c.id(), c.nameKo(), count));
      }
    }
    return values;
  }

  private List<FacetValue> topN(
      String facet, Map<String, Long> counts, Set<String> selected, int limit) {
    List<FacetValue> values = new ArrayList<>();
    counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(
            Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .forEach(
            e -> values.add(new FacetValue(e.getKey(), label(facet, e.getKey()), e.getValue())));
    selected.stream()
        .sorted()
        .filter(v -> values.stream().noneMatch(fv -> fv.value().equals(v)))
        .forEach(v -> values.add(new FacetValue(v, label(facet, v), counts.getOrDefault(v, 0L))));
    return values;
  }

  /** Display label of a facet value. */
  public String label(String facet, String value) {
    if (facet.equals(MAKER)) {
      Maker m = model.maker(value);
      return m == null ? value : m.nameKo();
    }
    if (facet.equals(CATEGORY)) {
      Category c = model.category(value);
      return c == null ? value : c.nameKo();
    }
    return value;
  }
}
