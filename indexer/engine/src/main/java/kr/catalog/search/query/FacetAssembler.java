package kr.catalog.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.search.Curation;
import kr.catalog.search.Facet;
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
 *   <li>{@code maker}, {@code origin}, {@code brand}, {@code store}: the {@code limit} values with
 *       most matches (ties by value), then every selected value not among them, even with 0, so a
 *       ticked box never disappears.
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

  /**
   * What to count per facet for a query: every category (the tree), the top {@code limit} values of
   * the maker, origin and brand facets, the flags, each with the query's selected values.
   */
  public Map<Facet, FacetRequest> requests(SearchQuery q, int limit) {
    Map<Facet, FacetRequest> requests = new EnumMap<>(Facet.class);
    requests.put(
        Facet.CATEGORY,
        new FacetRequest(Facet.CATEGORY, Math.max(1, model.categoryCount()), q.categories()));
    requests.put(Facet.MAKER, new FacetRequest(Facet.MAKER, limit, q.makers()));
    requests.put(Facet.ORIGIN, new FacetRequest(Facet.ORIGIN, limit, q.origins()));
    requests.put(Facet.BRAND, new FacetRequest(Facet.BRAND, limit, q.brands()));
    requests.put(Facet.STORE, new FacetRequest(Facet.STORE, limit, q.stores()));
    requests.put(
        Facet.FLAG,
        new FacetRequest(
            Facet.FLAG,
            SearchQuery.Flag.values().length,
            Set.copyOf(q.flags().stream().map(DocumentBuilder::flagValue).toList())));
    requests.put(
        Facet.COLLECTION,
        new FacetRequest(
            Facet.COLLECTION, q.curation().collections().size(), q.curation().selected()));
    return requests;
  }

  /** All facets of a result without collections. */
  public Map<Facet, List<FacetValue>> assemble(
      FacetCounts counts, Map<Facet, FacetRequest> requests) {
    return assemble(counts, requests, List.of());
  }

  /**
   * All facets of a result; with active collections (or a selected one) also {@code collection}:
   * every active collection in its given order with its label and count, 0 included, then every
   * selected slug that is not active, with 0 and the slug as label, so a ticked box never vanishes.
   */
  public Map<Facet, List<FacetValue>> assemble(
      FacetCounts counts,
      Map<Facet, FacetRequest> requests,
      List<Curation.CuratedCollection> collections) {
    Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
    facets.put(
        Facet.CATEGORY, categories(counts.of(Facet.CATEGORY), selected(requests, Facet.CATEGORY)));
    for (Facet facet : List.of(Facet.MAKER, Facet.ORIGIN, Facet.BRAND, Facet.STORE)) {
      FacetRequest request = requests.get(facet);
      int limit = request == null ? 0 : request.size();
      facets.put(facet, topN(facet, counts.of(facet), selected(requests, facet), limit));
    }
    List<FacetValue> flags = new ArrayList<>();
    Map<String, Long> flagCounts = counts.of(Facet.FLAG);
    for (SearchQuery.Flag flag : SearchQuery.Flag.values()) {
      String value = DocumentBuilder.flagValue(flag);
      flags.add(new FacetValue(value, value, flagCounts.getOrDefault(value, 0L)));
    }
    facets.put(Facet.FLAG, flags);
    Set<String> selectedCollections = selected(requests, Facet.COLLECTION);
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
      facets.put(Facet.COLLECTION, values);
    }
    return facets;
  }

  private static Set<String> selected(Map<Facet, FacetRequest> requests, Facet facet) {
    FacetRequest request = requests.get(facet);
    return request == null ? Set.of() : request.selected();
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
