package kr.catalog.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.search.BackendHealth;
import kr.catalog.search.Facet;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.core.AbstractSearchBackend;
import kr.catalog.search.core.RawHit;
import kr.catalog.search.core.RawResult;
import kr.catalog.search.core.SearchPlan;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.QueryNode;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The embedded search backend: a Lucene index under one directory, as a thin facade over its parts.
 * {@link LuceneIndexLifecycle} owns the build directories (write, swap, reopen, delete) and hands
 * out searchers; {@link LuceneRequests} translates plans into sorts, cursors, grouping and the
 * faceting pass, {@link LuceneResponses} reads hits and facets back; {@link FacetCache} keeps each
 * build's facets.
 */
public final class LuceneBackend extends AbstractSearchBackend {

  private final LuceneIndexLifecycle lifecycle;

  private LuceneBackend(LuceneIndexLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  /** Opens (or creates) the index under this directory, reopening its newest complete build. */
  public static LuceneBackend open(Path root) {
    return new LuceneBackend(LuceneIndexLifecycle.open(root));
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  protected CatalogModel currentModel() {
    LuceneIndexLifecycle.Build build = lifecycle.current();
    return build == null ? null : build.model();
  }

  @Override
  protected void publish(CatalogModel model, List<IndexedProduct> documents) {
    lifecycle.publish(model, documents);
  }

  /**
   * Facets known for this build (cached): only the page of hits is searched. Otherwise one pass
   * collects hits and facets, and the facets are cached; grouped searches are never cached (the
   * pass also collapses families).
   */
  @Override
  protected void update(CatalogModel model, List<IndexedProduct> documents) {
    lifecycle.update(model, documents);
  }

  @Override
  protected void publishChanges(
      CatalogModel live, CatalogModel model, List<IndexedProduct> documents, Set<String> removed) {
    lifecycle.applyChanges(live, model, documents, removed);
  }

  @Override
  protected RawResult execute(CatalogModel model, SearchPlan plan) {
    try (LuceneIndexLifecycle.Acquired acquired = lifecycle.acquire()) {
      IndexSearcher searcher = acquired.searcher();
      FacetCache facetCache = acquired.build().facets();
      FacetCache.Key key = LuceneRequests.facetKey(plan);
      // Searchers of a build come from its writer (near-real-time): always a DirectoryReader.
      long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
      FacetCache.Facets cached = plan.groupFamilies() ? null : facetCache.get(version, key);
      if (cached != null) {
        return LuceneResponses.result(cached, hitsOnly(searcher, plan));
      }
      FacetingCollector.Outcome outcome =
          searcher.search(
              LuceneQueries.toQuery(plan.scoring()), LuceneRequests.facetingPass(searcher, plan));
      facetCache.put(version, key, LuceneResponses.facets(outcome));
      return LuceneResponses.result(plan, outcome, searcher.storedFields());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<RawHit> hitsOnly(IndexSearcher searcher, SearchPlan plan) throws IOException {
    if (plan.size() == 0) {
      return List.of();
    }
    int numHits = LuceneRequests.numHits(plan);
    TopFieldDocs top =
        searcher.search(
            LuceneRequests.hitsOnly(plan),
            new TopFieldCollectorManager(
                LuceneRequests.sortOf(plan.sort()),
                numHits,
                LuceneRequests.afterOf(plan),
                numHits));
    return LuceneResponses.page(plan, top, searcher.storedFields());
  }

  @Override
  protected List<RawHit> find(CatalogModel model, QueryNode query, int limit) {
    try (LuceneIndexLifecycle.Acquired acquired = lifecycle.acquire()) {
      IndexSearcher searcher = acquired.searcher();
      TopFieldDocs top =
          searcher.search(
              LuceneQueries.toQuery(query),
              limit,
              LuceneRequests.sortOf(SearchQuery.Sort.RELEVANCE),
              true);
      return LuceneResponses.scored(top, searcher.storedFields());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Map<String, Long> countValues(
      CatalogModel model, SearchPlan plan, Dimension dimension, Set<String> values) {
    Facet facet = dimension.keywordFacet();
    if (facet == null) {
      throw new IllegalArgumentException("not a keyword facet: " + dimension);
    }
    // The faceting pass counts every value of the facet; keep the asked ones.
    Map<String, Long> all = execute(model, plan).counts().of(facet);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String v : values) {
      counts.put(v, all.getOrDefault(v, 0L));
    }
    return counts;
  }

  @Override
  public long count() {
    if (lifecycle.current() == null) {
      return 0;
    }
    try (LuceneIndexLifecycle.Acquired acquired = lifecycle.acquire()) {
      IndexSearcher searcher = acquired.searcher();
      return searcher.getIndexReader().numDocs()
          - searcher.count(new TermQuery(new Term(Fields.FLAGS, Fields.DISCONTINUED_FLAG)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public BackendHealth health() {
    LuceneIndexLifecycle.Build build = lifecycle.current();
    Map<String, Object> details = new HashMap<>();
    details.put("backend", name());
    // No index directory here: health answers reach monitoring (and, in the quick start, anyone on
    // the machine), and a filesystem path helps an attacker more than an operator, who finds it in
    // the start-up log.
    if (build == null) {
      details.put("catalog", "none");
      return new BackendHealth(false, details);
    }
    details.put("catalog", build.model().version());
    details.put("build", build.path().getFileName().toString());
    details.put("products", count());
    return new BackendHealth(true, details);
  }

  @Override
  public void close() {
    lifecycle.close();
  }
}
