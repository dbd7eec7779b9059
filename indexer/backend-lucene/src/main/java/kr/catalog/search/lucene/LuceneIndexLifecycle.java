package kr.catalog.search.lucene;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * The index lifecycle of the embedded backend: which build is live, how a new one replaces it, and
 * how a search holds one.
 *
 * <p>Each catalog build is written to its own sub-directory ({@code build-<millis>}) by its own
 * {@link IndexWriter}, committed with its {@link CatalogModel} ({@code catalog-model.json}: the
 * analyzer with that build's user dictionary), and then published in one atomic reference swap;
 * searches in flight finish on the previous build, whose directory is deleted once released. On
 * start the newest complete build is reopened, so a restart serves the last catalog at once; the
 * directories of unfinished builds (a reindex killed mid-way) are removed.
 */
final class LuceneIndexLifecycle implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LuceneIndexLifecycle.class);
  private static final String MODEL_FILE = "catalog-model.json";
  private static final String BUILD_PREFIX = "build-";

  // Derived getters of the catalog records (Category.isTop) are written too; reading skips them.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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

  /** One published build: its model, directory, writer, searcher manager and facet cache. */
  record Build(
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
      this(model, path, directory, writer, searchers, new FacetCache(FacetCache.ENTRIES));
    }

    void close() throws IOException {
      searchers.close();
      writer.close();
      directory.close();
    }
  }

  /** A searcher and the build it belongs to, released together. */
  record Acquired(Build build, IndexSearcher searcher) implements AutoCloseable {
    @Override
    public void close() {
      try {
        build.searchers().release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final Path root;
  private final AtomicReference<Build> current = new AtomicReference<>();
  private final Object publishLock = new Object();

  private LuceneIndexLifecycle(Path root) {
    this.root = root;
  }

  /** Opens (or creates) the index under this directory, reopening its newest complete build. */
  static LuceneIndexLifecycle open(Path root) {
    LuceneIndexLifecycle lifecycle = new LuceneIndexLifecycle(root);
    try {
      Files.createDirectories(root);
      lifecycle.reopenNewestBuild();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open Lucene index at " + root, e);
    }
    return lifecycle;
  }

  Path root() {
    return root;
  }

  /** The live build, or null before the first publish. */
  Build current() {
    return current.get();
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

  private static IndexWriterConfig writerConfig() {
    // Text arrives analysed: the whitespace analyzer only splits the joined terms again.
    return new IndexWriterConfig(new WhitespaceAnalyzer())
        .setSimilarity(SIMILARITY)
        .setRAMBufferSizeMB(128);
  }

  /** Writes a new build, swaps it in and deletes the one it replaces. */
  void publish(CatalogModel model, List<IndexedProduct> documents) {
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

  /**
   * Replaces documents of the live build in place (a partial update of signals): each by its code
   * key term, the searcher refreshed, so searches see them at once, then committed, so that a
   * restart reopening this build keeps them. The facet cache needs no clearing: it is keyed by
   * reader version.
   *
   * @throws IllegalStateException when the live build is not the one of {@code model}
   */
  void update(CatalogModel model, List<IndexedProduct> documents) {
    synchronized (publishLock) {
      Build build = current.get();
      if (build == null || build.model() != model) {
        throw new IllegalStateException("the live Lucene build is not the one updated");
      }
      try {
        for (IndexedProduct p : documents) {
          build
              .writer()
              .updateDocument(
                  new Term(Fields.CODE_KEY, p.codeKey()), LuceneDocuments.toDocument(p));
        }
        // Visible first (near-real-time reader from the writer), durable next: the fsync of a
        // commit takes longer than the refresh on a busy disk and searches need not wait for it.
        build.searchers().maybeRefreshBlocking();
        build.writer().commit();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot update Lucene build " + build.path(), e);
      }
    }
  }

  /**
   * A partial publication into the live build: documents replaced or added by their code key term,
   * removed ones deleted, committed, then the new model written beside the index (replacing the
   * file atomically: a restart reopens the new version, or the old one with the changes committed,
   * which a second application of the same changes leaves as it is), then the searcher refreshed
   * and the build served with the new model. Readers in flight keep their searcher.
   *
   * @throws IllegalStateException when the live build is not the one of {@code live}
   */
  void applyChanges(
      CatalogModel live,
      CatalogModel model,
      List<IndexedProduct> documents,
      Collection<String> removed) {
    synchronized (publishLock) {
      Build build = current.get();
      if (build == null || build.model() != live) {
        throw new IllegalStateException("the live Lucene build is not the one changed");
      }
      try {
        for (IndexedProduct p : documents) {
          build
              .writer()
              .updateDocument(
                  new Term(Fields.CODE_KEY, p.codeKey()), LuceneDocuments.toDocument(p));
        }
        for (String key : removed) {
          build.writer().deleteDocuments(new Term(Fields.CODE_KEY, key));
        }
        build.writer().commit();
        Path tmp = build.path().resolve(MODEL_FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), model.snapshot());
        Files.move(
            tmp,
            build.path().resolve(MODEL_FILE),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
        build.searchers().maybeRefreshBlocking();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot change Lucene build " + build.path(), e);
      }
      current.set(
          new Build(model, build.path(), build.directory(), build.writer(), build.searchers()));
      LOG.infof(
          "Changed Lucene build %s to catalog %s: %d documents written, %d removed",
          build.path(), model.version(), documents.size(), removed.size());
    }
  }

  /**
   * A searcher of the current build, to close when done. A publish may swap and close the build
   * between reading the reference and acquiring from its manager; the manager then refuses, and the
   * search moves on to the build that replaced it, so searches during a replace see one catalog or
   * the other.
   */
  Acquired acquire() {
    while (true) {
      Build build = current.get();
      if (build == null) {
        throw new IllegalStateException("no catalog indexed yet");
      }
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
