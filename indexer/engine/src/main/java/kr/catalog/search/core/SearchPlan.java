package kr.catalog.search.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.Facet;
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
 * @param facetLimit how many values the maker, origin and brand facets show
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
    int facetLimit,
    Map<Facet, Set<String>> selected,
    boolean groupFamilies,
    List<QueryPlanner.CollectionFacet> collections) {
  public SearchPlan {
    filters = Map.copyOf(filters);
    selected = Map.copyOf(selected);
    collections = List.copyOf(collections);
  }
}
