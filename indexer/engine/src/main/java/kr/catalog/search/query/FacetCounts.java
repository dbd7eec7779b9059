package kr.catalog.search.query;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import kr.catalog.search.Facet;

/**
 * What a backend counted per facet, before the shared rules ({@link FacetAssembler}) choose, order
 * and label the values: for {@link Facet#CATEGORY} every value with a count, for the top-N facets
 * at least the top {@link FacetRequest#size()} by count then value plus the selected values, for
 * {@link Facet#FLAG} the four flags, for {@link Facet#COLLECTION} each collection's slug.
 *
 * @param counts value counts per facet; a facet not counted is absent
 */
public record FacetCounts(Map<Facet, Map<String, Long>> counts) {

  /** Nothing counted. */
  public static final FacetCounts NONE = new FacetCounts(Map.of());

  public FacetCounts {
    EnumMap<Facet, Map<String, Long>> copy = new EnumMap<>(Facet.class);
    counts.forEach((facet, values) -> copy.put(facet, Map.copyOf(values)));
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  /** The counts of one facet, empty when it was not counted. */
  public Map<String, Long> of(Facet facet) {
    return counts.getOrDefault(facet, Map.of());
  }

  /** Collects counts, merging the counts of the same value (one collector per index slice). */
  public static final class Builder {
    private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);

    /** Adds {@code count} to a value of a facet. */
    public Builder add(Facet facet, String value, long count) {
      counts.computeIfAbsent(facet, f -> new HashMap<>()).merge(value, count, Long::sum);
      return this;
    }

    /** Adds every value of a facet; the facet is present even when {@code values} is empty. */
    public Builder addAll(Facet facet, Map<String, Long> values) {
      Map<String, Long> target = counts.computeIfAbsent(facet, f -> new HashMap<>());
      values.forEach((v, n) -> target.merge(v, n, Long::sum));
      return this;
    }

    /** The counts so far. */
    public FacetCounts build() {
      return new FacetCounts(counts);
    }
  }
}
