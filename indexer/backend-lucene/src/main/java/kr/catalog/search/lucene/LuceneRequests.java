package kr.catalog.search.lucene;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.core.Cursor;
import kr.catalog.search.core.SearchPlan;
import kr.catalog.search.document.Fields;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Request translation: a {@link SearchPlan} into what Lucene executes (the sort with its
 * tie-breaker, the position after a cursor, the family grouping, the query-defined filter and facet
 * parts as weights, the hits-only query). The query trees themselves are translated by {@link
 * LuceneQueries}.
 */
final class LuceneRequests {

  private LuceneRequests() {}

  /** The sort of a search; the code key breaks every tie, as on Elasticsearch. */
  static Sort sortOf(SearchQuery.Sort sort) {
    SortField tieBreak = new SortField(Fields.CODE_KEY, SortField.Type.STRING);
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, tieBreak);
      case PRICE_ASC -> new Sort(new SortField(Fields.PRICE, SortField.Type.LONG), tieBreak);
      case PRICE_DESC -> new Sort(new SortField(Fields.PRICE, SortField.Type.LONG, true), tieBreak);
      case NEWEST -> new Sort(new SortField(Fields.RELEASED, SortField.Type.LONG, true), tieBreak);
    };
  }

  /** Family grouping in the sort's order, or null when the plan does not group. */
  static FacetingCollector.Grouping groupingOf(SearchPlan plan) {
    if (!plan.groupFamilies()) {
      return null;
    }
    return switch (plan.sort()) {
      case RELEVANCE -> new FacetingCollector.Grouping(null, true);
      case PRICE_ASC -> new FacetingCollector.Grouping(Fields.PRICE, false);
      case PRICE_DESC -> new FacetingCollector.Grouping(Fields.PRICE, true);
      case NEWEST -> new FacetingCollector.Grouping(Fields.RELEASED, true);
    };
  }

  /** Where a cursor continues, or null without one. */
  static FieldDoc afterOf(SearchPlan plan) {
    Cursor c = plan.after();
    if (c == null) {
      return null;
    }
    Object first = c.sort() == SearchQuery.Sort.RELEVANCE ? (Object) c.score() : (Object) c.value();
    // The code key is unique, so the document id never decides; the largest id avoids skipping.
    return new FieldDoc(
        Integer.MAX_VALUE, c.score(), new Object[] {first, new BytesRef(c.codeKey())});
  }

  /** Hits to collect: everything up to the end of the requested page. */
  static int numHits(SearchPlan plan) {
    return Math.max(1, plan.offset() + plan.size());
  }

  /** What identifies the plan's facets in the build's cache. */
  static FacetCache.Key facetKey(SearchPlan plan) {
    return new FacetCache.Key(plan.scoring(), plan.filters(), plan.collections());
  }

  /** The one pass that collects hits and facets (drill-sideways, {@link FacetingCollector}). */
  static FacetingCollector.Manager facetingPass(IndexSearcher searcher, SearchPlan plan)
      throws IOException {
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(
            sortOf(plan.sort()), numHits(plan), afterOf(plan), Integer.MAX_VALUE);
    return new FacetingCollector.Manager(
        top, plan.filters().values(), groupingOf(plan), queryParts(searcher, plan));
  }

  /**
   * The hits query when the facets are known: the filters join the query as non-scoring clauses, so
   * only full matches are visited and scores stay those of the faceting pass.
   */
  static Query hitsOnly(SearchPlan plan) {
    List<QueryNode> filters = plan.filters().values().stream().map(FilterSpec::toNode).toList();
    return LuceneQueries.toQuery(
        new QueryNode.Bool(List.of(plan.scoring()), List.of(), filters, List.of(), 0));
  }

  /** Weights of the query-defined filter and facet of a plan; none without curation. */
  private static FacetingCollector.QueryParts queryParts(IndexSearcher searcher, SearchPlan plan)
      throws IOException {
    FilterSpec collection = plan.filters().get(Dimension.COLLECTION);
    if (collection == null && plan.collections().isEmpty()) {
      return FacetingCollector.QueryParts.NONE;
    }
    Map<Dimension, Weight> filters = new EnumMap<>(Dimension.class);
    if (collection != null) {
      filters.put(Dimension.COLLECTION, weightOf(searcher, collection.toNode()));
    }
    Map<String, Weight> collections = new LinkedHashMap<>();
    for (QueryPlanner.CollectionFacet c : plan.collections()) {
      collections.put(c.slug(), weightOf(searcher, c.membership()));
    }
    return new FacetingCollector.QueryParts(filters, collections);
  }

  private static Weight weightOf(IndexSearcher searcher, QueryNode node) throws IOException {
    return searcher.createWeight(
        searcher.rewrite(LuceneQueries.toQuery(node)), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }
}
