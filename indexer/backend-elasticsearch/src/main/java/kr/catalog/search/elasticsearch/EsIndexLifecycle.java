package kr.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import kr.catalog.search.SearchUnavailableException;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import org.jboss.logging.Logger;

/**
 * The index lifecycle of the Elasticsearch backend: which build index is live, and how a new one
 * replaces it.
 *
 * <p>Every catalog build goes to a new index {@code <alias>-<version>-<timestamp>} (one primary
 * shard: 133k products fit easily, and a single shard keeps term statistics, hence scores, and
 * facet counts exact and equal to the embedded backend's), written with refresh off and no
 * replicas, every bulk item's error checked, then refreshed, its replicas set and waited for, its
 * model stored in {@code <alias>-models}, and put behind the alias in one atomic alias update that
 * also removes the previous index from it; the previous index is deleted only after the switch, and
 * unfinished builds of killed runs after the next publish. A new instance resumes the aliased
 * build.
 */
final class EsIndexLifecycle {

  private static final Logger LOG = Logger.getLogger(EsIndexLifecycle.class);
  private static final int BULK_DOCUMENTS = 1_000;
  private static final DateTimeFormatter BUILD_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The live build: the index behind the alias and its model. */
  record Build(String index, CatalogModel model) {}

  /** Side document keeping the model of one build index. */
  static final class ModelDocument {
    public String index;
    public CatalogModel.Snapshot snapshot;
  }

  private final ElasticsearchBackend.Settings settings;
  private final ElasticsearchClient client;
  private final AtomicReference<Build> current = new AtomicReference<>();
  private final Object publishLock = new Object();

  EsIndexLifecycle(ElasticsearchBackend.Settings settings, ElasticsearchClient client) {
    this.settings = settings;
    this.client = client;
  }

  /** The live build, or null before the first publish or resume. */
  Build current() {
    return current.get();
  }

  /**
   * The live build's model. Nothing served yet: perhaps the cluster was unreachable when we
   * started. Look again, so serving recovers by itself when it returns; while it is down, say so
   * instead of answering "no results".
   */
  CatalogModel currentModel() {
    Build build = current.get();
    if (build != null) {
      return build.model();
    }
    try {
      resumeCurrentBuild();
    } catch (IOException | ElasticsearchException e) {
      throw new SearchUnavailableException(
          "Elasticsearch cannot be reached to find the catalog behind " + settings.alias(), e);
    }
    build = current.get();
    return build == null ? null : build.model();
  }

  String modelIndex() {
    return settings.alias() + "-models";
  }

  /** Serves the build the alias points to, if any (the API restarts without reindexing). */
  void resumeCurrentBuild() throws IOException {
    String index = aliasedIndex();
    if (index == null) {
      return;
    }
    GetResponse<ModelDocument> model =
        client.get(g -> g.index(modelIndex()).id(index), ModelDocument.class);
    if (model.found() && model.source() != null) {
      addNewFields(index);
      current.set(new Build(index, CatalogModel.fromSnapshot(model.source().snapshot)));
      LOG.infof("Serving Elasticsearch index %s behind %s", index, settings.alias());
    }
  }

  /**
   * Puts the current mappings on a build index made by an earlier version: fields added since (such
   * as {@code stores}, issue #17) are added in place, so live updates of a resumed build do not
   * fail on the strict mapping. Existing fields are unchanged (Elasticsearch refuses to change one,
   * and the mappings never do).
   */
  private void addNewFields(String index) throws IOException {
    try (InputStream mappings = resource("catalog-mappings.json")) {
      client.indices().putMapping(p -> p.index(index).withJson(mappings));
    }
  }

  private String aliasedIndex() throws IOException {
    if (!client.indices().existsAlias(e -> e.name(settings.alias())).value()) {
      return null;
    }
    GetAliasResponse aliases = client.indices().getAlias(g -> g.name(settings.alias()));
    return aliases.result().keySet().stream().findFirst().orElse(null);
  }

  /**
   * Writes a new build index, puts it behind the alias and deletes the one it replaces; on failure
   * deletes the unfinished index and leaves the alias where it was.
   */
  void publish(CatalogModel model, List<IndexedProduct> documents) {
    synchronized (publishLock) {
      String stamp = BUILD_STAMP.format(Instant.now());
      String index =
          settings.alias()
              + "-"
              + model.version().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_")
              + "-"
              + stamp;
      try {
        createIndex(index);
        bulkIndex(index, documents);
        // Searchable settings after the bulk load: refresh on, replicas as configured.
        client
            .indices()
            .putSettings(
                p ->
                    p.index(index)
                        .settings(
                            s ->
                                s.refreshInterval(r -> r.time("1s"))
                                    .numberOfReplicas(Integer.toString(settings.replicas()))));
        client.indices().refresh(r -> r.index(index));
        awaitReplicas(index);
        storeModel(index, model);
        String previous = switchAlias(index);
        current.set(new Build(index, model));
        LOG.infof("Published %s: %d products behind %s", index, documents.size(), settings.alias());
        if (previous != null && !previous.equals(index)) {
          client.indices().delete(d -> d.index(previous));
          client.delete(d -> d.index(modelIndex()).id(previous));
        }
        deleteOrphans(index, stamp);
      } catch (IOException | RuntimeException e) {
        try {
          client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException | RuntimeException cleanup) {
          e.addSuppressed(cleanup);
        }
        if (e instanceof IOException io) {
          throw new UncheckedIOException("catalog build " + index + " failed", io);
        }
        throw (RuntimeException) e;
      }
    }
  }

  /**
   * Waits until the new index's replicas are allocated, so the alias never points at an index that
   * one node's loss would take away. A cluster too small for the replicas (a single node with
   * replicas set) would never get there: after the timeout the build goes live with a warning.
   */
  private void awaitReplicas(String index) throws IOException {
    if (settings.replicas() == 0) {
      return;
    }
    boolean timedOut;
    String status;
    try {
      HealthResponse health =
          client
              .cluster()
              .health(
                  h ->
                      h.index(index).waitForStatus(HealthStatus.Green).timeout(t -> t.time("60s")));
      timedOut = health.timedOut();
      status = health.status().jsonValue();
    } catch (ElasticsearchException e) {
      // Elasticsearch answers a timed-out wait with HTTP 408.
      if (e.status() != 408) {
        throw e;
      }
      timedOut = true;
      status = "not green";
    }
    if (timedOut) {
      LOG.warnf(
          "Replicas of %s not all allocated after 60 s (%s): going live anyway", index, status);
    }
  }

  private void createIndex(String index) throws IOException {
    try (InputStream mappings = resource("catalog-mappings.json")) {
      client
          .indices()
          .create(
              c ->
                  c.index(index)
                      .settings(
                          s ->
                              s.numberOfShards("1")
                                  // No replicas and no refresh while loading: the alias does not
                                  // point here yet, nobody reads.
                                  .numberOfReplicas("0")
                                  .refreshInterval(r -> r.time("-1")))
                      .mappings(TypeMapping.of(m -> m.withJson(mappings))));
    }
  }

  private void bulkIndex(String index, List<IndexedProduct> documents) throws IOException {
    bulk(index, documents, null);
  }

  private void bulk(String index, List<IndexedProduct> documents, Refresh refresh)
      throws IOException {
    for (int from = 0; from < documents.size(); from += BULK_DOCUMENTS) {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
      if (refresh != null) {
        bulk.refresh(refresh);
      }
      for (IndexedProduct p :
          documents.subList(from, Math.min(documents.size(), from + BULK_DOCUMENTS))) {
        EsProduct doc = EsProduct.of(p);
        bulk.operations(op -> op.index(i -> i.index(index).id(p.codeKey()).document(doc)));
      }
      BulkResponse response = client.bulk(bulk.build());
      List<String> failures = new ArrayList<>();
      for (BulkResponseItem item : response.items()) {
        if (item.error() != null) {
          failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
        }
      }
      if (!failures.isEmpty()) {
        throw new IllegalStateException(
            failures.size() + " documents rejected by " + index + ", first: " + failures.get(0));
      }
    }
  }

  /**
   * Replaces documents of the live build index (a partial update of signals) by whole documents, in
   * bulk requests on the build index itself rather than the alias (a write through the alias could
   * land on a build published meanwhile), each item checked, with {@code refresh=true}: searches
   * see them when the call returns, and the shard request cache of the facet requests drops its
   * entries at that refresh. Not {@code wait_for}: it waits for the next periodic refresh (up to
   * the 1 s interval), half the 2 s budget on a busy machine; the forced refresh is affordable
   * because the API coalesces changes into one update at a time.
   *
   * @throws IllegalStateException when the live build is not the one of {@code model}
   * @throws SearchUnavailableException when no node answers
   */
  void update(CatalogModel model, List<IndexedProduct> documents) {
    synchronized (publishLock) {
      Build build = current.get();
      if (build == null || build.model() != model) {
        throw new IllegalStateException("the live Elasticsearch build is not the one updated");
      }
      try {
        bulk(build.index(), documents, Refresh.True);
      } catch (IOException e) {
        // Every node failed to answer: the caller retries later.
        throw new SearchUnavailableException("Elasticsearch did not answer an update", e);
      }
    }
  }

  /**
   * A partial publication into the live build index: changed documents indexed and removed ones
   * deleted in bulk requests on the build index itself, each item checked (a delete of a document
   * already gone is no error, so a retry is harmless), refreshed, then the new model stored for the
   * index (other instances and restarts resume it) and served.
   *
   * @throws IllegalStateException when the live build is not the one of {@code live}
   * @throws SearchUnavailableException when no node answers
   */
  void applyChanges(
      CatalogModel live,
      CatalogModel model,
      List<IndexedProduct> documents,
      Collection<String> removed) {
    synchronized (publishLock) {
      Build build = current.get();
      if (build == null || build.model() != live) {
        throw new IllegalStateException("the live Elasticsearch build is not the one changed");
      }
      try {
        bulk(build.index(), documents, Refresh.True);
        List<String> keys = List.copyOf(removed);
        for (int from = 0; from < keys.size(); from += BULK_DOCUMENTS) {
          BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
          for (String key : keys.subList(from, Math.min(keys.size(), from + BULK_DOCUMENTS))) {
            bulk.operations(op -> op.delete(d -> d.index(build.index()).id(key)));
          }
          List<String> failures = new ArrayList<>();
          for (BulkResponseItem item : client.bulk(bulk.build()).items()) {
            if (item.error() != null) {
              failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
            }
          }
          if (!failures.isEmpty()) {
            throw new IllegalStateException(
                failures.size() + " deletes refused by " + build.index() + ": " + failures.get(0));
          }
        }
        storeModel(build.index(), model);
      } catch (IOException e) {
        throw new SearchUnavailableException("Elasticsearch did not answer a publication", e);
      }
      current.set(new Build(build.index(), model));
      LOG.infof(
          "Changed %s to catalog %s: %d documents written, %d removed",
          build.index(), model.version(), documents.size(), removed.size());
    }
  }

  private void storeModel(String index, CatalogModel model) throws IOException {
    if (!client.indices().exists(e -> e.index(modelIndex())).value()) {
      try (InputStream mappings = resource("model-mappings.json")) {
        client
            .indices()
            .create(
                c ->
                    c.index(modelIndex())
                        .settings(
                            s ->
                                s.numberOfShards("1")
                                    .numberOfReplicas(Integer.toString(settings.replicas())))
                        .mappings(TypeMapping.of(m -> m.withJson(mappings))));
      } catch (ElasticsearchException e) {
        if (!"resource_already_exists_exception".equals(e.error().type())) {
          throw e;
        }
      }
    }
    ModelDocument doc = new ModelDocument();
    doc.index = index;
    doc.snapshot = model.snapshot();
    client.index(
        i ->
            i.index(modelIndex())
                .id(index)
                .document(doc)
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
  }

  /**
   * Deletes build indices of this alias that the alias does not point to and that were started
   * before the build just published: left by a reindex killed mid-way (its index was created, the
   * alias never moved to it, so it was never served). Builds are published one at a time (one
   * indexer per cluster), so such an index is never one still being written. A failure here is
   * logged, not thrown: the new catalog is live already.
   */
  private void deleteOrphans(String live, String liveStamp) {
    String prefix = settings.alias() + "-";
    try {
      List<String> orphans =
          client
              .indices()
              .get(g -> g.index(prefix + "*").allowNoIndices(true))
              .result()
              .keySet()
              .stream()
              .filter(name -> !name.equals(live) && !name.equals(modelIndex()))
              .filter(
                  name -> name.matches(java.util.regex.Pattern.quote(prefix) + ".+-\\d{8}-\\d{9}"))
              .filter(name -> name.substring(name.length() - 18).compareTo(liveStamp) < 0)
              .toList();
      if (orphans.isEmpty()) {
        return;
      }
      client.indices().delete(d -> d.index(orphans));
      for (String orphan : orphans) {
        client.delete(d -> d.index(modelIndex()).id(orphan));
      }
      LOG.infof("Deleted unfinished builds %s of %s", orphans, settings.alias());
    } catch (IOException | RuntimeException e) {
      LOG.warnf(e, "Could not delete unfinished builds of %s", settings.alias());
    }
  }

  /** Points the alias at {@code index} and away from the previous one in one atomic update. */
  private String switchAlias(String index) throws IOException {
    String previous = aliasedIndex();
    client
        .indices()
        .updateAliases(
            u -> {
              if (previous != null) {
                u.actions(a -> a.remove(r -> r.index(previous).alias(settings.alias())));
              }
              return u.actions(a -> a.add(ad -> ad.index(index).alias(settings.alias())));
            });
    return previous;
  }

  private static InputStream resource(String name) {
    InputStream in = EsIndexLifecycle.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  /**
   * Runs a search on the current build. A publish deletes the previous build's index right after
   * moving the alias; a search that read the old build just before then meets a missing index, and
   * moves on to the build that replaced it, so searches during a reindex see one catalog or the
   * other and never fail (as on Lucene).
   */
  <T> T onCurrentBuild(java.util.function.Function<Build, T> search) {
    while (true) {
      Build build = requireBuild();
      try {
        return search.apply(build);
      } catch (ElasticsearchException e) {
        boolean indexGone =
            e.status() == 404
                && e.error() != null
                && "index_not_found_exception".equals(e.error().type());
        if (indexGone && current.get() == build && followedAlias(build)) {
          continue;
        }
        if (!indexGone || current.get() == build) {
          throw e;
        }
        LOG.debugf("Build %s replaced during a search; searching the new one", build.index());
      } catch (SearchUnavailableException e) {
        // Shards of an index being deleted may fail the search instead ("all shards failed").
        if (current.get() == build) {
          throw e;
        }
      }
    }
  }

  /**
   * Whether the alias moved away from {@code gone} (deleted by another API instance's publication
   * on the same cluster): then this instance serves the aliased build from now on.
   */
  private boolean followedAlias(Build gone) {
    try {
      resumeCurrentBuild();
    } catch (IOException | RuntimeException e) {
      return false;
    }
    Build now = current.get();
    return now != null && !now.index().equals(gone.index());
  }

  Build requireBuild() {
    Build build = current.get();
    if (build == null) {
      throw new IllegalStateException("no catalog indexed yet");
    }
    return build;
  }
}
