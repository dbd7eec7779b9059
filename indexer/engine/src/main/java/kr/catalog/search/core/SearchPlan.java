package kr.catalog.search.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.search.Facet;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetRequest;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;

/**
 * One search as a backend executes it.
 *
 * @param scoring the scored query, including the always-on filters (discontinued products)
 * @param filters the active filter per dimension; a hit passes all, a facet ignores its own
 * @param sort the order
 * @param after position to continue after, or null
 * @param offset hits to skip (0 with a cursor)
 * @param size hits to return
 * @param selected each facet's selected values, which are always counted
 * @param groupFamilies one hit per family
 * @param collections the {@code collection} facet's collections, counted like a dimension's values
 *     (ignoring the {@link Dimension#COLLECTION} filter); empty without curation
 */
public record SearchPlan(
    QueryNode scoring,
    Map<Dimension, FilterSpec> filters,
    SearchQuery.Sort sort,
    Cursor after,
    int offset,
    int size,
    Map<Facet, FacetRequest> facets,
    boolean groupFamilies,
    List<QueryPlanner.CollectionFacet> collections) {
  public SearchPlan {
    filters = Map.copyOf(filters);
    facets = Map.copyOf(facets);
    collections = List.copyOf(collections);
  }

  /** The request of one facet; with no selection and no size when the facet was not requested. */
  public FacetRequest facet(Facet facet) {
    return facets.getOrDefault(facet, new FacetRequest(facet, 0, Set.of()));
  }
}
