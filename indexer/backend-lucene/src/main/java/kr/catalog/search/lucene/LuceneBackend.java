package kr.catalog.search.lucene;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kr.catalog.search.BackendHealth;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.core.AbstractSearchBackend;
import kr.catalog.search.core.Cursor;
import kr.catalog.search.core.RawHit;
import kr.catalog.search.core.RawResult;
import kr.catalog.search.core.SearchPlan;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetAssembler;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * The embedded search backend: a Lucene index under one directory.
 *
 * <p>Each catalog build is written to its own sub-directory ({@code build-<millis>}) by its own
 * {@link IndexWriter}, committed, and then published together with its {@link CatalogModel} (the
 * analyzer with that build's user dictionary) in one atomic reference swap; searches in flight
 * finish on the previous build, whose directory is deleted once released. On start the newest
 * complete build is reopened, so a restart serves the last catalog at once.
 */
public final class LuceneBackend extends AbstractSearchBackend {

  private static final Logger LOG = Logger.getLogger(LuceneBackend.class);
  private static final String MODEL_FILE = "catalog-model.json";
  private static final String BUILD_PREFIX = "build-";

  // Derived getters of the catalog records (Category.isTop) are written too; reading skips them.
  /**
   * Searches whose facets are cached per build. Facets of one query and filter set do not change
   * while a build is live (it is read-only) and do not depend on sort or page; browsing and maker
   * search repeat them constantly. An entry holds a few hundred counts at most.
   */
  static final int FACET_CACHE_ENTRIES = 512;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** One published build: its model, directory, writer, searcher manager and facet cache. */
  private record Build(
      CatalogModel model,
      Path path,
      Directory directory,
      IndexWriter writer,
      SearcherManager searchers,
      FacetCache facets) {
    Build(
        CatalogModel model,
        Path path,
        Directory directory,
        IndexWriter writer,
        SearcherManager searchers) {
      this(model, path, directory, writer, searchers, new FacetCache(FACET_CACHE_ENTRIES));
    }

    void close() throws IOException {
      searchers.close();
      writer.close();
      directory.close();
    }
  }

  private final Path root;
  private final AtomicReference<Build> current = new AtomicReference<>();
  private final Object publishLock = new Object();

  private LuceneBackend(Path root) {
    this.root = root;
  }

  /** Opens (or creates) the index under this directory, reopening its newest complete build. */
  public static LuceneBackend open(Path root) {
    LuceneBackend backend = new LuceneBackend(root);
    try {
      Files.createDirectories(root);
      backend.reopenNewestBuild();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open Lucene index at " + root, e);
    }
    return backend;
  }

  private void reopenNewestBuild() throws IOException {
    List<Path> builds;
    try (Stream<Path> list = Files.list(root)) {
      builds =
          list.filter(p -> p.getFileName().toString().startsWith(BUILD_PREFIX))
              .sorted(Comparator.comparing(Path::getFileName).reversed())
              .toList();
    }
    for (Path path : builds) {
      Path modelFile = path.resolve(MODEL_FILE);
      if (current.get() == null && Files.exists(modelFile)) {
        try {
          Directory dir = FSDirectory.open(path);
          if (DirectoryReader.indexExists(dir)) {
            CatalogModel model =
                CatalogModel.fromSnapshot(
                    JSON.readValue(modelFile.toFile(), CatalogModel.Snapshot.class));
            IndexWriter writer =
                new IndexWriter(dir, writerConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
            current.set(
                new Build(model, path, dir, writer, new SearcherManager(writer, SEARCHERS)));
            LOG.infof("Reopened Lucene build %s (catalog %s)", path, model.version());
            continue;
          }
          dir.close();
        } catch (IOException | RuntimeException e) {
          LOG.warnf(e, "Ignoring unreadable Lucene build %s", path);
        }
      }
      if (current.get() == null || !current.get().path().equals(path)) {
        deleteTree(path);
      }
    }
  }

  /** Scores on Elasticsearch's BM25 scale, so both backends report the same scores. */
  private static final Similarity SIMILARITY = new ElasticsearchBm25();

  private static final SearcherFactory SEARCHERS =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(SIMILARITY);
          return searcher;
        }
      };

  private static IndexWriterConfig writerConfig() {
    // Text arrives analysed: the whitespace analyzer only splits the joined terms again.
    return new IndexWriterConfig(new WhitespaceAnalyzer())
        .setSimilarity(SIMILARITY)
        .setRAMBufferSizeMB(128);
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  protected CatalogModel currentModel() {
    Build build = current.get();
    return build == null ? null : build.model();
  }

  @Override
  protected void publish(CatalogModel model, List<IndexedProduct> documents) {
    synchronized (publishLock) {
      Path path = root.resolve(BUILD_PREFIX + System.currentTimeMillis());
      Build build = null;
      try {
        Directory dir = FSDirectory.open(path);
        IndexWriter writer =
            new IndexWriter(dir, writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        for (IndexedProduct p : documents) {
          writer.addDocument(LuceneDocuments.toDocument(p));
        }
        // One segment: a read-only catalog searched many times; merging once costs seconds.
        writer.forceMerge(1);
        writer.commit();
        JSON.writeValue(path.resolve(MODEL_FILE).toFile(), model.snapshot());
        build = new Build(model, path, dir, writer, new SearcherManager(writer, SEARCHERS));
      } catch (IOException e) {
        deleteTree(path);
        throw new UncheckedIOException("cannot build Lucene index " + path, e);
      }
      Build previous = current.getAndSet(build);
      LOG.infof("Published Lucene build %s: %d products", path, documents.size());
      if (previous != null) {
        try {
          // Readers acquired before the swap stay valid: closing only drops the manager's
          // reference.
          previous.close();
        } catch (IOException e) {
          LOG.warnf(e, "Closing previous build %s", previous.path());
        }
        deleteTree(previous.path());
      }
    }
  }

  @Override
  protected RawResult execute(CatalogModel model, SearchPlan plan) {
    Acquired acquired = acquireCurrent();
    Build build = acquired.build();
    IndexSearcher searcher = acquired.searcher();
    try {
      Sort sort = sortOf(plan.sort());
      FieldDoc after = plan.after() == null ? null : afterOf(plan.after());
      int numHits = Math.max(1, plan.offset() + plan.size());
      TopFieldCollectorManager top =
          new TopFieldCollectorManager(sort, numHits, after, Integer.MAX_VALUE);
      FacetingCollector.Grouping grouping = plan.groupFamilies() ? groupingOf(plan.sort()) : null;
      FacetCache.Key key = new FacetCache.Key(plan.scoring(), plan.filters(), plan.collections());
      FacetCache.Facets cached = grouping == null ? build.facets().get(key) : null;
      if (cached != null) {
        return new RawResult(
            cached.total(),
            hitsOnly(searcher, plan, sort, after, numHits),
            cached.counts(),
            cached.priceMin(),
            cached.priceMax(),
            cached.priceBands(),
            Map.of());
      }
      FacetingCollector.Outcome outcome =
          searcher.search(
              LuceneQueries.toQuery(plan.scoring()),
              new FacetingCollector.Manager(
                  top, plan.filters().values(), grouping, queryParts(searcher, plan)));
      build
          .facets()
          .put(
              key,
              new FacetCache.Facets(
                  outcome.total(),
                  outcome.counts(),
                  outcome.priceMin(),
                  outcome.priceMax(),
                  outcome.priceBands()));
      List<RawHit> hits = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      Map<String, Long> families = Map.of();
      if (grouping != null) {
        List<FacetingCollector.FamilyBest> groups = outcome.families();
        families = new HashMap<>();
        for (int i = plan.offset(); i < groups.size() && hits.size() < plan.size(); i++) {
          FacetingCollector.FamilyBest g = groups.get(i);
          hits.add(rawHit(stored.document(g.doc()), g.score()));
          families.put(g.family(), outcome.familySizes().get(g.family()));
        }
      } else {
        ScoreDoc[] docs = outcome.top().scoreDocs;
        for (int i = plan.offset(); i < docs.length && hits.size() < plan.size(); i++) {
          FieldDoc fd = (FieldDoc) docs[i];
          float score = plan.sort() == SearchQuery.Sort.RELEVANCE ? (Float) fd.fields[0] : 0f;
          hits.add(rawHit(stored.document(fd.doc), score));
        }
      }
      return new RawResult(
          outcome.total(),
          hits,
          outcome.counts(),
          outcome.priceMin(),
          outcome.priceMax(),
          outcome.priceBands(),
          families);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(build, searcher);
    }
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

  /**
   * The page of hits when the facets are known: the filters join the query as non-scoring clauses,
   * so only full matches are visited and scores stay those of the faceting pass.
   */
  private static List<RawHit> hitsOnly(
      IndexSearcher searcher, SearchPlan plan, Sort sort, FieldDoc after, int numHits)
      throws IOException {
    if (plan.size() == 0) {
      return List.of();
    }
    List<QueryNode> filters = plan.filters().values().stream().map(FilterSpec::toNode).toList();
    QueryNode query = new QueryNode.Bool(List.of(plan.scoring()), List.of(), filters, List.of(), 0);
    TopFieldDocs top =
        searcher.search(
            LuceneQueries.toQuery(query),
            new TopFieldCollectorManager(sort, numHits, after, numHits));
    StoredFields stored = searcher.storedFields();
    List<RawHit> hits = new ArrayList<>();
    for (int i = plan.offset(); i < top.scoreDocs.length && hits.size() < plan.size(); i++) {
      FieldDoc fd = (FieldDoc) top.scoreDocs[i];
      float score = plan.sort() == SearchQuery.Sort.RELEVANCE ? (Float) fd.fields[0] : 0f;
      hits.add(rawHit(stored.document(fd.doc), score));
    }
    return hits;
  }

  @Override
  protected List<RawHit> find(CatalogModel model, QueryNode query, int limit) {
    Acquired acquired = acquireCurrent();
    Build build = acquired.build();
    IndexSearcher searcher = acquired.searcher();
    try {
      Sort sort = sortOf(SearchQuery.Sort.RELEVANCE);
      TopFieldDocs top = searcher.search(LuceneQueries.toQuery(query), limit, sort, true);
      StoredFields stored = searcher.storedFields();
      List<RawHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(rawHit(stored.document(sd.doc), sd.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(build, searcher);
    }
  }

  @Override
  protected Map<String, Long> countValues(
      CatalogModel model, SearchPlan plan, Dimension dimension, Set<String> values) {
    String facet =
        FacetAssembler.TOP_N_FACETS.entrySet().stream()
            .filter(e -> e.getValue() == dimension)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not a keyword facet: " + dimension));
    // The faceting pass counts every value of the facet; keep the asked ones.
    Map<String, Long> all = execute(model, plan).counts().getOrDefault(facet, Map.of());
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String v : values) {
      counts.put(v, all.getOrDefault(v, 0L));
    }
    return counts;
  }

  private static RawHit rawHit(Document d, float score) {
    return new RawHit(
        d.get(Fields.CODE_KEY),
        d.get(Fields.CODE_DISPLAY),
        d.get(Fields.NAME_KO),
        d.get(Fields.NAME_EN),
        d.get(Fields.MAKER_ID),
        d.get(Fields.CATEGORY_ID),
        d.getField(Fields.PRICE).numericValue().longValue(),
        d.getField(Fields.RELEASED).numericValue().longValue(),
        d.get(Fields.FAMILY),
        d.get(Fields.DISCONTINUED_FLAG) != null,
        score);
  }

  private static Sort sortOf(SearchQuery.Sort sort) {
    SortField tieBreak = new SortField(Fields.CODE_KEY, SortField.Type.STRING);
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, tieBreak);
      case PRICE_ASC -> new Sort(new SortField(Fields.PRICE, SortField.Type.LONG), tieBreak);
      case PRICE_DESC -> new Sort(new SortField(Fields.PRICE, SortField.Type.LONG, true), tieBreak);
      case NEWEST -> new Sort(new SortField(Fields.RELEASED, SortField.Type.LONG, true), tieBreak);
    };
  }

  private static FacetingCollector.Grouping groupingOf(SearchQuery.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> new FacetingCollector.Grouping(null, true);
      case PRICE_ASC -> new FacetingCollector.Grouping(Fields.PRICE, false);
      case PRICE_DESC -> new FacetingCollector.Grouping(Fields.PRICE, true);
      case NEWEST -> new FacetingCollector.Grouping(Fields.RELEASED, true);
    };
  }

  private static FieldDoc afterOf(Cursor c) {
    Object first = c.sort() == SearchQuery.Sort.RELEVANCE ? (Object) c.score() : (Object) c.value();
    // The code key is unique, so the document id never decides; the largest id avoids skipping.
    return new FieldDoc(
        Integer.MAX_VALUE, c.score(), new Object[] {first, new BytesRef(c.codeKey())});
  }

  private Build currentBuild() {
    Build build = current.get();
    if (build == null) {
      throw new IllegalStateException("no catalog indexed yet");
    }
    return build;
  }

  /** A searcher and the build it belongs to, released together. */
  private record Acquired(Build build, IndexSearcher searcher) {}

  /**
   * A searcher of the current build. A publish may swap and close the build between reading the
   * reference and acquiring from its manager; the manager then refuses, and the search moves on to
   * the build that replaced it, so searches during a replace see one catalog or the other.
   */
  private Acquired acquireCurrent() {
    while (true) {
      Build build = currentBuild();
      try {
        return new Acquired(build, build.searchers().acquire());
      } catch (AlreadyClosedException e) {
        if (current.get() == build) {
          throw e;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void release(Build build, IndexSearcher searcher) {
    try {
      build.searchers().release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long count() {
    if (current.get() == null) {
      return 0;
    }
    Acquired acquired = acquireCurrent();
    Build build = acquired.build();
    IndexSearcher searcher = acquired.searcher();
    try {
      return searcher.getIndexReader().numDocs()
          - searcher.count(new TermQuery(new Term(Fields.FLAGS, Fields.DISCONTINUED_FLAG)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(build, searcher);
    }
  }

  @Override
  public BackendHealth health() {
    Build build = current.get();
    Map<String, Object> details = new HashMap<>();
    details.put("backend", name());
    details.put("directory", root.toString());
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
    Build build = current.getAndSet(null);
    if (build != null) {
      try {
        build.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void deleteTree(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warnf(e, "Could not delete %s", path);
    }
  }
}
