package kr.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ConstantScoreQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.DisMaxQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchAllQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchNoneQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.PrefixQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;
import java.util.List;
import kr.catalog.search.query.QueryNode;

/** {@link QueryNode} to Elasticsearch {@link Query}, one node to one query, as the Lucene side. */
final class EsQueries {

  private EsQueries() {}

  static Query toQuery(QueryNode node) {
    return switch (node) {
      case QueryNode.Term t ->
          TermQuery.of(q -> q.field(t.field()).value(t.value()).boost(t.boost()))._toQuery();
      case QueryNode.KeywordTerm k ->
          ConstantScoreQuery.of(
                  q ->
                      q.filter(TermQuery.of(f -> f.field(k.field()).value(k.value()))._toQuery())
                          .boost(k.boost()))
              ._toQuery();
      // Constant score by default (rewrite constant_score_blended), like Lucene's PrefixQuery.
      case QueryNode.Prefix p ->
          PrefixQuery.of(q -> q.field(p.field()).value(p.prefix()).boost(p.boost()))._toQuery();
      case QueryNode.AnyOf a ->
          TermsQuery.of(
                  q ->
                      q.field(a.field())
                          .terms(
                              t ->
                                  t.value(
                                      a.values().stream().sorted().map(FieldValue::of).toList())))
              ._toQuery();
      case QueryNode.Range r ->
          RangeQuery.of(
                  q ->
                      q.number(
                          n -> {
                            n.field(r.field());
                            if (r.min() != null) {
                              n.gte(r.min().doubleValue());
                            }
                            if (r.max() != null) {
                              n.lte(r.max().doubleValue());
                            }
                            return n;
                          }))
              ._toQuery();
      case QueryNode.DisMax d ->
          DisMaxQuery.of(q -> q.queries(toQueries(d.clauses())).tieBreaker((double) d.tieBreaker()))
              ._toQuery();
      case QueryNode.Bool b -> bool(b);
      case QueryNode.MatchAll m -> MatchAllQuery.of(q -> q)._toQuery();
      case QueryNode.MatchNone m -> MatchNoneQuery.of(q -> q)._toQuery();
      case QueryNode.Constant c ->
          ConstantScoreQuery.of(q -> q.filter(toQuery(c.filter())).boost(c.score()))._toQuery();
      case QueryNode.Scaled s -> scaled(s);
    };
  }

  /**
   * function_score with one filter+weight function per factor, multiplied into the query's score
   * (score_mode and boost_mode multiply), as Lucene's FunctionScoreQuery.boostByQuery does.
   */
  private static Query scaled(QueryNode.Scaled s) {
    List<FunctionScore> functions =
        s.factors().stream()
            .map(
                f ->
                    FunctionScore.of(
                        fs -> fs.filter(toQuery(f.filter())).weight((double) f.factor())))
            .toList();
    return FunctionScoreQuery.of(
            q ->
                q.query(toQuery(s.query()))
                    .functions(functions)
                    .scoreMode(FunctionScoreMode.Multiply)
                    .boostMode(FunctionBoostMode.Multiply))
        ._toQuery();
  }

  private static Query bool(QueryNode.Bool b) {
    return BoolQuery.of(
            q -> {
              q.must(toQueries(b.must()))
                  .should(toQueries(b.should()))
                  .filter(toQueries(b.filter()))
                  .mustNot(toQueries(b.mustNot()));
              if (b.minimumShouldMatch() > 0) {
                q.minimumShouldMatch(Integer.toString(b.minimumShouldMatch()));
              }
              return q;
            })
        ._toQuery();
  }

  static List<Query> toQueries(List<QueryNode> nodes) {
    return nodes.stream().map(EsQueries::toQuery).toList();
  }

  /** All filters as one non-scoring query; match-all when there are none. */
  static Query allOf(List<QueryNode> filters) {
    if (filters.isEmpty()) {
      return MatchAllQuery.of(q -> q)._toQuery();
    }
    return BoolQuery.of(q -> q.filter(toQueries(filters)))._toQuery();
  }
}
