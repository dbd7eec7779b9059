package kr.catalog.search.lucene;

import java.util.ArrayList;
import java.util.List;
import kr.catalog.search.document.Fields;
import kr.catalog.search.query.QueryNode;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** {@link QueryNode} to Lucene {@link Query}, one node to one query. */
final class LuceneQueries {

  private LuceneQueries() {}

  static Query toQuery(QueryNode node) {
    return switch (node) {
      case QueryNode.Term t -> boost(new TermQuery(new Term(t.field(), t.value())), t.boost());
      case QueryNode.KeywordTerm k ->
          boost(new ConstantScoreQuery(new TermQuery(new Term(k.field(), k.value()))), k.boost());
      // PrefixQuery rewrites to constant score by default, as Elasticsearch's prefix query does.
      case QueryNode.Prefix p -> boost(new PrefixQuery(new Term(p.field(), p.prefix())), p.boost());
      case QueryNode.AnyOf a ->
          new TermInSetQuery(a.field(), a.values().stream().map(BytesRef::new).toList());
      case QueryNode.Range r -> range(r);
      case QueryNode.DisMax d ->
          new DisjunctionMaxQuery(
              d.clauses().stream().map(LuceneQueries::toQuery).toList(), d.tieBreaker());
      case QueryNode.Bool b -> bool(b);
      case QueryNode.MatchAll m -> MatchAllDocsQuery.INSTANCE;
      case QueryNode.MatchNone m -> new MatchNoDocsQuery();
      case QueryNode.Constant c ->
          new BoostQuery(new ConstantScoreQuery(toQuery(c.filter())), c.score());
      case QueryNode.Scaled s -> scaled(s);
    };
  }

  /**
   * One {@link FunctionScoreQuery#boostByQuery} per factor: the score times the factor where the
   * filter matches, computed in double and rounded to float once, as Elasticsearch's function_score
   * with boost_mode multiply does, so scores stay equal on both backends.
   */
  private static Query scaled(QueryNode.Scaled s) {
    Query query = toQuery(s.query());
    for (QueryNode.Factor f : s.factors()) {
      query = FunctionScoreQuery.boostByQuery(query, toQuery(f.filter()), f.factor());
    }
    return query;
  }

  private static Query range(QueryNode.Range r) {
    if (!r.field().equals(Fields.PRICE)) {
      throw new IllegalArgumentException("no range index on " + r.field());
    }
    return LongPoint.newRangeQuery(
        r.field(),
        r.min() == null ? Long.MIN_VALUE : r.min(),
        r.max() == null ? Long.MAX_VALUE : r.max());
  }

  private static Query bool(QueryNode.Bool b) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    add(builder, b.must(), BooleanClause.Occur.MUST);
    add(builder, b.should(), BooleanClause.Occur.SHOULD);
    add(builder, b.filter(), BooleanClause.Occur.FILTER);
    add(builder, b.mustNot(), BooleanClause.Occur.MUST_NOT);
    if (b.must().isEmpty() && b.should().isEmpty() && b.filter().isEmpty()) {
      // Only must-not clauses: Lucene would match nothing; both engines mean "all except".
      builder.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
    }
    builder.setMinimumNumberShouldMatch(b.minimumShouldMatch());
    return builder.build();
  }

  private static void add(
      BooleanQuery.Builder builder, List<QueryNode> nodes, BooleanClause.Occur occur) {
    List<Query> queries = new ArrayList<>();
    nodes.forEach(n -> queries.add(toQuery(n)));
    queries.forEach(q -> builder.add(q, occur));
  }

  private static Query boost(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }
}
