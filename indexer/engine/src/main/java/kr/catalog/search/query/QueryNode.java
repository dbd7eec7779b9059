package kr.catalog.search.query;

import java.util.List;
import java.util.Set;

/**
 * A query tree both backends can translate exactly: each node has one Lucene and one Elasticsearch
 * counterpart with the same scoring.
 */
public sealed interface QueryNode {

  /** BM25-scored term of a text field, times {@code boost}. */
  record Term(String field, String value, float boost) implements QueryNode {}

  /** Exact keyword; scores {@code boost} regardless of statistics (constant score). */
  record KeywordTerm(String field, String value, float boost) implements QueryNode {}

  /** Terms beginning with {@code prefix}; scores {@code boost} (constant score). */
  record Prefix(String field, String prefix, float boost) implements QueryNode {}

  /** Any of these keywords, as a non-scoring filter. */
  record AnyOf(String field, Set<String> values) implements QueryNode {
    public AnyOf {
      values = Set.copyOf(values);
    }
  }

  /** Number in {@code [min, max]}, bounds optional, as a non-scoring filter. */
  record Range(String field, Long min, Long max) implements QueryNode {}

  /** The best clause's score plus {@code tieBreaker} times the others'. */
  record DisMax(List<QueryNode> clauses, float tieBreaker) implements QueryNode {
    public DisMax {
      clauses = List.copyOf(clauses);
    }
  }

  /**
   * Boolean combination; scores the sum of matching {@code must} and {@code should} clauses. {@code
   * minimumShouldMatch} 0 means the should clauses are optional when there is a must or filter
   * clause, as in both engines.
   */
  record Bool(
      List<QueryNode> must,
      List<QueryNode> should,
      List<QueryNode> filter,
      List<QueryNode> mustNot,
      int minimumShouldMatch)
      implements QueryNode {
    public Bool {
      must = List.copyOf(must);
      should = List.copyOf(should);
      filter = List.copyOf(filter);
      mustNot = List.copyOf(mustNot);
    }

    /** Any of these clauses, at least {@code minimum} of them. */
    public static Bool anyOf(List<QueryNode> should, int minimum) {
      return new Bool(List.of(), should, List.of(), List.of(), minimum);
    }
  }

  /** Every document, score 1. */
  record MatchAll() implements QueryNode {}

  /** No document (an empty collection, a selected collection that is not active). */
  record MatchNone() implements QueryNode {}

  /** Documents matching {@code filter}, each scoring exactly {@code score}. */
  record Constant(QueryNode filter, float score) implements QueryNode {}

  /**
   * The score of {@code query} multiplied by the factor of each {@link Factor} whose filter matches
   * the document (unchanged when none does). The planner makes the filters disjoint (one factor per
   * distinct value), so a product gets exactly its merchandising factor.
   */
  record Scaled(QueryNode query, List<Factor> factors) implements QueryNode {
    public Scaled {
      factors = List.copyOf(factors);
    }
  }

  /** A score factor for the documents matching {@code filter}. */
  record Factor(QueryNode filter, float factor) {}
}
