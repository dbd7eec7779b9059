package kr.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.search.BackendHealth;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchUnavailableException;
import kr.catalog.search.core.AbstractSearchBackend;
import kr.catalog.search.core.RawHit;
import kr.catalog.search.core.RawResult;
import kr.catalog.search.core.SearchPlan;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.QueryNode;
import org.jboss.logging.Logger;

/**
 * The Elasticsearch backend: a thin facade over its parts. {@link EsConnection} sets the client up
 * (every node known, timeouts) and maps failures to "unavailable"; {@link EsIndexLifecycle} owns
 * the build indices behind the alias (create, bulk load, replicas, alias switch, clean-up, resume,
 * searching the build that replaced one deleted under a search); {@link EsRequests} translates
 * plans into typed requests and {@link EsResponses} reads the answers back, both naming
 * aggregations through {@link EsAggregation}.
 */
public final class ElasticsearchBackend extends AbstractSearchBackend {

  private static final Logger LOG = Logger.getLogger(ElasticsearchBackend.class);

  /** The low-level client's own defaults, kept: 1 s to connect, 30 s for an answer. */
  static final int DEFAULT_CONNECT_MILLIS = 1_000;

  static final int DEFAULT_SOCKET_MILLIS = 30_000;

  /**
   * Connection and index settings.
   *
   * @param hosts HTTP addresses of all nodes, e.g. {@code http://127.0.0.1:9200}
   * @param alias the alias searches go through, also the prefix of the build indices
   * @param replicas replicas per shard for new indices (0 on a single node)
   * @param connectTimeout how long to wait for a TCP connection to a node: bounds how soon a search
   *     against a dead or unreachable cluster answers "unavailable"
   * @param socketTimeout how long to wait for an answer on an open connection (a hung node); long
   *     enough for a bulk request of a reindex
   */
  public record Settings(
      List<String> hosts,
      String alias,
      int replicas,
      Duration connectTimeout,
      Duration socketTimeout) {

    /** The default timeouts: 1 s to connect, 30 s for an answer. */
    public Settings(List<String> hosts, String alias, int replicas) {
      this(
          hosts,
          alias,
          replicas,
          Duration.ofMillis(DEFAULT_CONNECT_MILLIS),
          Duration.ofMillis(DEFAULT_SOCKET_MILLIS));
    }

    public Settings {
      if (connectTimeout == null
          || connectTimeout.isNegative()
          || connectTimeout.isZero()
          || socketTimeout == null
          || socketTimeout.isNegative()
          || socketTimeout.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive");
      }
      hosts = List.copyOf(hosts);
      if (hosts.isEmpty()) {
        throw new IllegalArgumentException("at least one Elasticsearch host is required");
      }
      if (alias == null || !alias.matches("[a-z0-9][a-z0-9_-]*")) {
        throw new IllegalArgumentException("alias must be lower-case letters, digits, - or _");
      }
      if (replicas < 0) {
        throw new IllegalArgumentException("replicas must not be negative");
      }
    }
  }

  private final Settings settings;
  private final EsConnection connection;
  private final EsIndexLifecycle lifecycle;

  private ElasticsearchBackend(Settings settings) {
    this.settings = settings;
    this.connection = new EsConnection(settings);
    this.lifecycle = new EsIndexLifecycle(settings, connection.client());
  }

  /**
   * Connects, and when the alias already points to a build, serves that build at once (the API
   * restarts without reindexing).
   */
  public static ElasticsearchBackend connect(Settings settings) {
    ElasticsearchBackend backend = new ElasticsearchBackend(settings);
    try {
      backend.lifecycle.resumeCurrentBuild();
    } catch (IOException | ElasticsearchException e) {
      LOG.warnf(e, "No catalog resumed from alias %s", settings.alias());
    }
    return backend;
  }

  @Override
  public String name() {
    return "elasticsearch";
  }

  @Override
  protected CatalogModel currentModel() {
    return lifecycle.currentModel();
  }

  @Override
  protected void publish(CatalogModel model, List<IndexedProduct> documents) {
    lifecycle.publish(model, documents);
  }

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
  public boolean sharedByInstances() {
    return true;
  }

  @Override
  protected void reloadCurrent() {
    try {
      lifecycle.resumeCurrentBuild();
    } catch (IOException | RuntimeException e) {
      throw new SearchUnavailableException(
          "Elasticsearch cannot be reached to find the catalog it serves", e);
    }
  }

  @Override
  protected RawResult execute(CatalogModel model, SearchPlan plan) {
    return lifecycle.onCurrentBuild(build -> execute(build, model, plan));
  }

  /**
   * Facets and hits are two requests: the facet request has no hits, so the shard request cache
   * keeps it for the life of the build; the hits request carries the filters as non-scoring clauses
   * (see {@link EsRequests}).
   */
  private RawResult execute(EsIndexLifecycle.Build build, CatalogModel model, SearchPlan plan) {
    SearchResponse<EsProduct> facets = connection.search(EsRequests.facets(build.index(), plan));
    List<RawHit> hits = List.of();
    if (plan.size() > 0) {
      hits =
          EsResponses.hits(
              connection.search(EsRequests.hits(build.index(), plan)),
              plan.sort() == SearchQuery.Sort.RELEVANCE);
    }
    Map<String, Long> familySizes = Map.of();
    if (plan.groupFamilies() && !hits.isEmpty()) {
      Set<String> families = Set.copyOf(hits.stream().map(RawHit::family).toList());
      familySizes =
          EsResponses.familySizes(
              connection.search(EsRequests.familySizes(build.index(), plan, families)));
    }
    return EsResponses.result(plan, facets, hits, familySizes);
  }

  @Override
  protected List<RawHit> find(CatalogModel model, QueryNode query, int limit) {
    return lifecycle.onCurrentBuild(
        build ->
            EsResponses.hits(
                connection.search(EsRequests.find(build.index(), query, limit)), true));
  }

  @Override
  protected Map<String, Long> countValues(
      CatalogModel model, SearchPlan plan, Dimension dimension, Set<String> values) {
    return lifecycle.onCurrentBuild(
        build ->
            EsResponses.countValues(
                connection.search(EsRequests.countValues(build.index(), plan, dimension, values)),
                values));
  }

  @Override
  public long count() {
    EsIndexLifecycle.Build build = lifecycle.current();
    if (build == null) {
      return 0;
    }
    try {
      return connection
          .client()
          .count(c -> c.index(build.index()).query(EsRequests.searchable()))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public BackendHealth health() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("backend", name());
    details.put("alias", settings.alias());
    details.put("hosts", settings.hosts());
    EsIndexLifecycle.Build build = lifecycle.current();
    try {
      HealthResponse health =
          connection.client().cluster().health(h -> h.timeout(t -> t.time("2s")));
      details.put("cluster", health.clusterName());
      details.put("status", health.status().jsonValue());
      details.put("nodes", health.numberOfNodes());
      if (build == null) {
        details.put("catalog", "none");
        return new BackendHealth(false, details);
      }
      details.put("index", build.index());
      details.put("catalog", build.model().version());
      details.put("products", count());
      return new BackendHealth(health.status() != HealthStatus.Red, details);
    } catch (IOException | RuntimeException e) {
      details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      return new BackendHealth(false, details);
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
