package kr.catalog.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.ingest.Category;
import kr.catalog.ingest.Maker;
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

  private final CatalogModel model;

  /** An assembler labelling values from this model. */
  public FacetAssembler(CatalogModel model) {
    this.model = model;
  }

  /** The selected values per facet. */
  public static Map<Facet, Set<String>> selected(SearchQuery q) {
    Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
    selected.put(Facet.CATEGORY, q.categories());
    selected.put(Facet.MAKER, q.makers());
    selected.put(Facet.ORIGIN, q.origins());
    selected.put(Facet.BRAND, q.brands());
    selected.put(
        Facet.FLAG, Set.copyOf(q.flags().stream().map(DocumentBuilder::flagValue).toList()));
    selected.put(Facet.COLLECTION, q.curation().selected());
    return selected;
  }

  /** All facets of a result without collections. */
  public Map<String, List<FacetValue>> assemble(
      FacetCounts counts, Map<Facet, Set<String>> selected, int limit) {
    return assemble(counts, selected, limit, List.of());
  }

  /**
   * All facets of a result; with active collections (or a selected one) also {@code collection}:
   * every active collection in its given order with its label and count, 0 included, then every
   * selected slug that is not active, with 0 and the slug as label, so a ticked box never vanishes.
   */
  public Map<String, List<FacetValue>> assemble(
      FacetCounts counts,
      Map<Facet, Set<String>> selected,
      int limit,
      List<Curation.CuratedCollection> collections) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put(
        Facet.CATEGORY.key(),
        categories(counts.of(Facet.CATEGORY), selected.getOrDefault(Facet.CATEGORY, Set.of())));
    for (Facet facet : List.of(Facet.MAKER, Facet.ORIGIN, Facet.BRAND)) {
      facets.put(
          facet.key(),
          topN(facet, counts.of(facet), selected.getOrDefault(facet, Set.of()), limit));
    }
    List<FacetValue> flags = new ArrayList<>();
    Map<String, Long> flagCounts = counts.of(Facet.FLAG);
    for (SearchQuery.Flag flag : SearchQuery.Flag.values()) {
      String value = DocumentBuilder.flagValue(flag);
      flags.add(new FacetValue(value, value, flagCounts.getOrDefault(value, 0L)));
    }
    facets.put(Facet.FLAG.key(), flags);
    Set<String> selectedCollections = selected.getOrDefault(Facet.COLLECTION, Set.of());
    if (!collections.isEmpty() || !selectedCollections.isEmpty()) {
      Map<String, Long> collectionCounts = counts.of(Facet.COLLECTION);
      List<FacetValue> values = new ArrayList<>();
      for (Curation.CuratedCollection c : collections) {
        values.add(
            new FacetValue(c.slug(), c.label(), collectionCounts.getOrDefault(c.slug(), 0L)));
      }
      selectedCollections.stream()
          .sorted()
          .filter(v -> values.stream().noneMatch(fv -> fv.value().equals(v)))
          .forEach(v -> values.add(new FacetValue(v, v, 0L)));
      facets.put(Facet.COLLECTION.key(), values);
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
      Facet facet, Map<String, Long> counts, Set<String> selected, int limit) {
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
  public String label(Facet facet, String value) {
    if (facet == Facet.MAKER) {
      Maker m = model.maker(value);
      return m == null ? value : m.nameKo();
    }
    if (facet == Facet.CATEGORY) {
      Category c = model.category(value);
      return c == null ? value : c.nameKo();
    }
    return value;
  }
}
