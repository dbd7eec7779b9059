package kr.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.search.Facet;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.core.SearchPlan;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.Fields;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetRequest;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.PriceBands;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;

/**
 * Request translation: a {@link SearchPlan} (or a lookup, or a value count) into typed
 * elasticsearch-java search requests on one build index. The query trees themselves are translated
 * by {@link EsQueries}; aggregation names come from {@link EsAggregation}.
 */
final class EsRequests {

  private EsRequests() {}

  /**
   * The facet request: no hits ({@code size 0}), so Elasticsearch's shard request cache keeps it
   * for the life of the build's index (it is never written again), as the Lucene backend caches
   * facets per build. One filter aggregation per facet, plus the total under all filters.
   */
  static SearchRequest facets(String index, SearchPlan plan) {
    Map<String, Aggregation> aggs = facetAggregations(plan);
    aggs.put(
        EsAggregation.TOTAL.aggregationName(),
        Aggregation.of(a -> a.filter(EsQueries.allOf(allFilters(plan)))));
    return SearchRequest.of(
        r ->
            r.index(index)
                .query(EsQueries.toQuery(plan.scoring()))
                .aggregations(aggs)
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .requestCache(true));
  }

  /**
   * The hits request: the filters as non-scoring clauses, so it visits only full matches and scores
   * as the faceting query does; field collapsing per family when grouped; {@code search_after} from
   * a cursor.
   */
  static SearchRequest hits(String index, SearchPlan plan) {
    SearchRequest.Builder request =
        new SearchRequest.Builder()
            .index(index)
            .query(filtered(plan))
            .trackTotalHits(t -> t.enabled(false))
            .from(plan.offset())
            .size(plan.size())
            .sort(sortOf(plan.sort()));
    if (plan.groupFamilies()) {
      // Field collapsing: the best hit per family in the sort's order, paged by from/size.
      request.collapse(c -> c.field(Fields.FAMILY));
    }
    if (plan.after() != null) {
      FieldValue first =
          plan.sort() == SearchQuery.Sort.RELEVANCE
              ? FieldValue.of((double) plan.after().score())
              : FieldValue.of(plan.after().value());
      request.searchAfter(first, FieldValue.of(plan.after().codeKey()));
    }
    return request.build();
  }

  /** Matching products per family of a grouped page (hits passing all filters). */
  static SearchRequest familySizes(String index, SearchPlan plan, Set<String> families) {
    return SearchRequest.of(
        s ->
            s.index(index)
                .query(filtered(plan))
                .size(0)
                .aggregations(
                    EsAggregation.FAMILIES.aggregationName(),
                    Aggregation.of(
                        a ->
                            a.terms(
                                t ->
                                    t.field(Fields.FAMILY)
                                        .size(families.size())
                                        .include(
                                            i -> i.terms(families.stream().sorted().toList()))))));
  }

  /** The best {@code limit} products for a query by relevance (lookup, suggest). */
  static SearchRequest find(String index, QueryNode query, int limit) {
    return SearchRequest.of(
        s ->
            s.index(index)
                .query(EsQueries.toQuery(query))
                .size(limit)
                .sort(sortOf(SearchQuery.Sort.RELEVANCE))
                .trackTotalHits(t -> t.enabled(false)));
  }

  /** Counts of the given values of one dimension, under every other dimension's filter. */
  static SearchRequest countValues(
      String index, SearchPlan plan, Dimension dimension, Set<String> values) {
    Aggregation counts =
        Aggregation.of(
            a ->
                a.filter(filtersExcept(plan, dimension, null))
                    .aggregations(
                        EsAggregation.VALUES.aggregationName(),
                        Aggregation.of(
                            v ->
                                v.terms(
                                    t ->
                                        t.field(dimension.field())
                                            .size(values.size())
                                            .include(
                                                i ->
                                                    i.terms(values.stream().sorted().toList()))))));
    return SearchRequest.of(
        s ->
            s.index(index)
                .query(EsQueries.toQuery(plan.scoring()))
                .size(0)
                .requestCache(true)
                .aggregations(EsAggregation.COUNTS.aggregationName(), counts));
  }

  /** Searchable products: everything but the discontinued ones. */
  static Query searchable() {
    return EsQueries.toQuery(
        new QueryNode.Bool(
            List.of(new QueryNode.MatchAll()),
            List.of(),
            List.of(),
            List.of(QueryPlanner.discontinued()),
            0));
  }

  private static List<QueryNode> allFilters(SearchPlan plan) {
    return plan.filters().values().stream().map(FilterSpec::toNode).toList();
  }

  private static Query filtered(SearchPlan plan) {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.must(EsQueries.toQuery(plan.scoring()))
                        .filter(EsQueries.allOf(allFilters(plan)))));
  }

  /**
   * One filter aggregation per facet holding every dimension's filter except the facet's own
   * (disjunctive facets), the same rule the Lucene collector applies per document.
   */
  private static Map<String, Aggregation> facetAggregations(SearchPlan plan) {
    Map<String, Aggregation> aggs = new LinkedHashMap<>();
    for (Facet facet : Facet.KEYWORD_FACETS) {
      FacetRequest request = plan.facet(facet);
      Dimension own = Dimension.of(facet);
      int size = request.size();
      Map<String, Aggregation> sub = new LinkedHashMap<>();
      sub.put(
          EsAggregation.TOP.aggregationName(),
          Aggregation.of(
              a ->
                  a.terms(
                      t ->
                          t.field(own.field())
                              .size(size)
                              .order(
                                  NamedValue.of("_count", SortOrder.Desc),
                                  NamedValue.of("_key", SortOrder.Asc)))));
      Set<String> selected = request.selected();
      if (!selected.isEmpty()) {
        sub.put(
            EsAggregation.SELECTED.aggregationName(),
            Aggregation.of(
                a ->
                    a.terms(
                        t ->
                            t.field(own.field())
                                .size(selected.size())
                                .minDocCount(0)
                                .include(i -> i.terms(selected.stream().sorted().toList())))));
      }
      aggs.put(
          EsAggregation.of(facet),
          Aggregation.of(a -> a.filter(filtersExcept(plan, own, null)).aggregations(sub)));
    }
    for (SearchQuery.Flag flag : SearchQuery.Flag.values()) {
      QueryNode has =
          new QueryNode.AnyOf(
              Dimension.fieldOf(Facet.FLAG), Set.of(DocumentBuilder.flagValue(flag)));
      aggs.put(
          EsAggregation.of(flag),
          Aggregation.of(a -> a.filter(filtersExcept(plan, Dimension.of(flag), has))));
    }
    if (!plan.collections().isEmpty()) {
      // Query-defined values: one filters bucket per collection (its membership query), under the
      // other dimensions' filters like every facet.
      Map<String, Query> members = new LinkedHashMap<>();
      for (QueryPlanner.CollectionFacet c : plan.collections()) {
        members.put(c.slug(), EsQueries.toQuery(c.membership()));
      }
      aggs.put(
          EsAggregation.of(Facet.COLLECTION),
          Aggregation.of(
              a ->
                  a.filter(filtersExcept(plan, Dimension.of(Facet.COLLECTION), null))
                      .aggregations(
                          EsAggregation.MEMBERS.aggregationName(),
                          Aggregation.of(m -> m.filters(f -> f.filters(b -> b.keyed(members)))))));
    }
    List<AggregationRange> ranges = new ArrayList<>();
    for (int i = 0; i < PriceBands.EDGES.size(); i++) {
      double from = PriceBands.EDGES.get(i);
      long upper = PriceBands.upper(i);
      ranges.add(
          upper == Long.MAX_VALUE
              ? AggregationRange.of(r -> r.from(from))
              : AggregationRange.of(r -> r.from(from).to((double) upper)));
    }
    Map<String, Aggregation> priceSub = new LinkedHashMap<>();
    priceSub.put(
        EsAggregation.PRICE_MIN.aggregationName(),
        Aggregation.of(a -> a.min(m -> m.field(Fields.PRICE))));
    priceSub.put(
        EsAggregation.PRICE_MAX.aggregationName(),
        Aggregation.of(a -> a.max(m -> m.field(Fields.PRICE))));
    priceSub.put(
        EsAggregation.PRICE_BANDS.aggregationName(),
        Aggregation.of(a -> a.range(r -> r.field(Fields.PRICE).ranges(ranges))));
    aggs.put(
        EsAggregation.PRICE.aggregationName(),
        Aggregation.of(
            a -> a.filter(filtersExcept(plan, Dimension.PRICE, null)).aggregations(priceSub)));
    return aggs;
  }

  private static Query filtersExcept(SearchPlan plan, Dimension except, QueryNode extra) {
    List<QueryNode> nodes = new ArrayList<>();
    plan.filters()
        .forEach(
            (d, spec) -> {
              if (d != except) {
                nodes.add(spec.toNode());
              }
            });
    if (extra != null) {
      nodes.add(extra);
    }
    return EsQueries.allOf(nodes);
  }

  private static List<SortOptions> sortOf(SearchQuery.Sort sort) {
    SortOptions tieBreak =
        SortOptions.of(s -> s.field(f -> f.field(Fields.CODE_KEY).order(SortOrder.Asc)));
    SortOptions first =
        switch (sort) {
          case RELEVANCE -> SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
          case PRICE_ASC ->
              SortOptions.of(s -> s.field(f -> f.field(Fields.PRICE).order(SortOrder.Asc)));
          case PRICE_DESC ->
              SortOptions.of(s -> s.field(f -> f.field(Fields.PRICE).order(SortOrder.Desc)));
          case NEWEST ->
              SortOptions.of(s -> s.field(f -> f.field(Fields.RELEASED).order(SortOrder.Desc)));
        };
    return List.of(first, tieBreak);
  }
}
