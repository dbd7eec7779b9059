package kr.catalog.search.query;

import java.util.Set;
import kr.catalog.search.Facet;

/**
 * What a backend is asked to count for one facet: how many of its values at least ({@link
 * Facet.Kind#TOP_N}: the top by count then value; {@link Facet.Kind#TREE}: every category) and the
 * selected values, which are counted even when they are not among them.
 *
 * @param facet the facet
 * @param size values to count at least (for keyword facets)
 * @param selected the values the search filters on, counted always (0 included)
 */
public record FacetRequest(Facet facet, int size, Set<String> selected) {
  public FacetRequest {
    selected = Set.copyOf(selected);
  }
}
