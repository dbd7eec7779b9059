package kr.catalog.search.lucene;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 on Elasticsearch's scale. Elasticsearch 8 still scores its default {@code BM25} with
 * Lucene's legacy formula, which keeps the constant {@code (k1 + 1)} factor that Lucene 8 dropped:
 * every term score there is 2.2 times Lucene's. The ranking of pure text is the same either way,
 * but not once constant-score clauses (code matches, pinned products) or merchandising factors mix
 * in, and cursors carry scores. Scaling the boost as the legacy similarity does gives the embedded
 * index exactly Elasticsearch's scores; norms are BM25's own, so the index format is unchanged.
 */
final class ElasticsearchBm25 extends Similarity {

  private final BM25Similarity bm25 = new BM25Similarity();

  @Override
  public long computeNorm(FieldInvertState state) {
    return bm25.computeNorm(state);
  }

  @Override
  public SimScorer scorer(
      float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
    return bm25.scorer(boost * (1 + bm25.getK1()), collectionStats, termStats);
  }
}
