/**
 * Backend-neutral queries: {@link kr.catalog.search.query.QueryPlanner} turns user input into a
 * small query tree ({@link kr.catalog.search.query.QueryNode}) and per-dimension filters ({@link
 * kr.catalog.search.query.FilterSpec}); each backend translates them one to one, which is why both
 * rank and count alike. {@link kr.catalog.search.query.FacetAssembler} shapes raw counts into the
 * facets of a result by one set of rules for both.
 */
package kr.catalog.search.query;
