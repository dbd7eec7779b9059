package kr.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import kr.catalog.search.BackendHealth;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchUnavailableException;
import kr.catalog.search.core.AbstractSearchBackend;
import kr.catalog.search.core.RawHit;
import kr.catalog.search.core.RawResult;
import kr.catalog.search.core.SearchPlan;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetAssembler;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.PriceBands;
import kr.catalog.search.query.QueryNode;
import kr.catalog.search.query.QueryPlanner;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

/**
 * The Elasticsearch backend.
 *
 * <p>Every catalog build goes to a new index {@code <alias>-<version>-<timestamp>} (one primary
 * shard: 133k products fit easily, and a single shard keeps term statistics, hence scores, and
 * facet counts exact and equal to the embedded backend's), written with refresh off, then
 * refreshed, then put behind the alias in one atomic alias update that also removes the previous
 * index from it; the previous index is deleted only after the switch. Replicas are set per backend.
 * The REST client knows every node: requests go round-robin and are retried on another node when
 * one does not answer.
 */
public final class ElasticsearchBackend extends AbstractSearchBackend {

  private static final Logger LOG = Logger.getLogger(ElasticsearchBackend.class);
  private static final int BULK_DOCUMENTS = 1_000;

  /** The low-level client's own defaults, kept: 1 s to connect, 30 s for an answer. */
  static final int DEFAULT_CONNECT_MILLIS = 1_000;

  static final int DEFAULT_SOCKET_MILLIS = 30_000;
  private static final DateTimeFormatter BUILD_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

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

  /** The live build: the index behind the alias and its model. */
  private record Build(String index, CatalogModel model) {}

  /** Side document keeping the model of one build index. */
  static final class ModelDocument {
    public String index;
    public CatalogModel.Snapshot snapshot;
  }

  private final Settings settings;
  private final RestClient restClient;
  private final ElasticsearchClient client;
  private final AtomicReference<Build> current = new AtomicReference<>();
  private final Object publishLock = new Object();

  private ElasticsearchBackend(Settings settings) {
    this.settings = settings;
    HttpHost[] hosts = settings.hosts().stream().map(HttpHost::create).toArray(HttpHost[]::new);
    this.restClient =
        RestClient.builder(hosts)
            .setRequestConfigCallback(
                config ->
                    config
                        .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                        .setSocketTimeout(Math.toIntExact(settings.socketTimeout().toMillis())))
            .build();
    // Derived getters of the catalog records (Category.isTop) are written too; reading skips them.
    ObjectMapper mapper =
        new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    this.client =
        new ElasticsearchClient(
            new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
  }

  /**
   * Connects, and when the alias already points to a build, serves that build at once (the API
   * restarts without reindexing).
   */
  public static ElasticsearchBackend connect(Settings settings) {
    ElasticsearchBackend backend = new ElasticsearchBackend(settings);
    try {
      backend.resumeCurrentBuild();
    } catch (IOException | ElasticsearchException e) {
      LOG.warnf(e, "No catalog resumed from alias %s", settings.alias());
    }
    return backend;
  }

  private String modelIndex() {
    return settings.alias() + "-models";
  }

  private void resumeCurrentBuild() throws IOException {
    String index = aliasedIndex();
    if (index == null) {
      return;
    }
    GetResponse<ModelDocument> model =
        client.get(g -> g.index(modelIndex()).id(index), ModelDocument.class);
    if (model.found() && model.source() != null) {
      current.set(new Build(index, CatalogModel.fromSnapshot(model.source().snapshot)));
      LOG.infof("Serving Elasticsearch index %s behind %s", index, settings.alias());
    }
  }

  private String aliasedIndex() throws IOException {
    if (!client.indices().existsAlias(e -> e.name(settings.alias())).value()) {
      return null;
    }
    GetAliasResponse aliases = client.indices().getAlias(g -> g.name(settings.alias()));
    return aliases.result().keySet().stream().findFirst().orElse(null);
  }

  @Override
  public String name() {
    return "elasticsearch";
  }

  @Override
  protected CatalogModel currentModel() {
    Build build = current.get();
    if (build != null) {
      return build.model();
    }
    // Nothing served yet: perhaps the cluster was unreachable when we started. Look again, so
    // serving recovers by itself when it returns; while it is down, say so instead of answering
    // "no results".
    try {
      resumeCurrentBuild();
    } catch (IOException | ElasticsearchException e) {
      throw new SearchUnavailableException(
          "Elasticsearch cannot be reached to find the catalog behind " + settings.alias(), e);
    }
    build = current.get();
    return build == null ? null : build.model();
  }

  @Override
  protected void publish(CatalogModel model, List<IndexedProduct> documents) {
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
    for (int from = 0; from < documents.size(); from += BULK_DOCUMENTS) {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
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
    InputStream in = ElasticsearchBackend.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  // --- searching ---------------------------------------------------------------------------

  @Override
  protected RawResult execute(CatalogModel model, SearchPlan plan) {
    return onCurrentBuild(build -> execute(build, model, plan));
  }

  private RawResult execute(Build build, CatalogModel model, SearchPlan plan) {
    Map<String, Aggregation> aggs = facetAggregations(model, plan);
    List<QueryNode> allFilters = plan.filters().values().stream().map(FilterSpec::toNode).toList();
    aggs.put("total", Aggregation.of(a -> a.filter(EsQueries.allOf(allFilters))));
    // Facets and hits are two requests: the facet request has no hits (size 0), so Elasticsearch's
    // shard request cache keeps it for the life of the build's index (it is never written again),
    // as the Lucene backend caches facets per build; the hits request carries the filters as
    // non-scoring clauses, so it visits only full matches and scores as the faceting query does.
    SearchResponse<EsProduct> response =
        search(
            SearchRequest.of(
                r ->
                    r.index(build.index())
                        .query(EsQueries.toQuery(plan.scoring()))
                        .aggregations(aggs)
                        .size(0)
                        .trackTotalHits(t -> t.enabled(false))
                        .requestCache(true)));
    List<RawHit> hits = new ArrayList<>();
    if (plan.size() > 0) {
      SearchRequest.Builder request =
          new SearchRequest.Builder()
              .index(build.index())
              .query(
                  q ->
                      q.bool(
                          b ->
                              b.must(EsQueries.toQuery(plan.scoring()))
                                  .filter(EsQueries.allOf(allFilters))))
              .trackTotalHits(t -> t.enabled(false))
              .from(plan.offset())
              .size(plan.size())
              .sort(sortOf(plan.sort()));
      if (plan.groupFamilies()) {
        // Field collapsing: the best hit per family in the sort's order, paged by from/size.
        request.collapse(c -> c.field(Fields.FAMILY));
      }
      if (plan.after() != null) {
        FieldValue first =
            plan.sort() == SearchQuery.Sort.RELEVANCE
                ? FieldValue.of((double) plan.after().score())
                : FieldValue.of(plan.after().value());
        request.searchAfter(first, FieldValue.of(plan.after().codeKey()));
      }
      for (Hit<EsProduct> hit : search(request.build()).hits().hits()) {
        hits.add(rawHit(hit, plan.sort() == SearchQuery.Sort.RELEVANCE));
      }
    }
    Map<String, Map<String, Long>> counts = new HashMap<>();
    Map<String, Aggregate> results = response.aggregations();
    for (String facet :
        List.of(
            FacetAssembler.CATEGORY,
            FacetAssembler.MAKER,
            FacetAssembler.ORIGIN,
            FacetAssembler.BRAND)) {
      Map<String, Aggregate> sub = results.get(facet).filter().aggregations();
      Map<String, Long> values = new HashMap<>();
      for (StringTermsBucket b : sub.get("top").sterms().buckets().array()) {
        values.put(b.key().stringValue(), b.docCount());
      }
      if (sub.containsKey("selected")) {
        for (StringTermsBucket b : sub.get("selected").sterms().buckets().array()) {
          values.put(b.key().stringValue(), b.docCount());
        }
      }
      counts.put(facet, values);
    }
    if (!plan.collections().isEmpty()) {
      Map<String, Long> members = new HashMap<>();
      results
          .get(FacetAssembler.COLLECTION)
          .filter()
          .aggregations()
          .get("members")
          .filters()
          .buckets()
          .keyed()
          .forEach((slug, bucket) -> members.put(slug, bucket.docCount()));
      counts.put(FacetAssembler.COLLECTION, members);
    }
    Map<String, Long> flags = new HashMap<>();
    for (SearchQuery.Flag flag : SearchQuery.Flag.values()) {
      String value = DocumentBuilder.flagValue(flag);
      flags.put(value, results.get("flag_" + value).filter().docCount());
    }
    counts.put(FacetAssembler.FLAG, flags);
    Map<String, Aggregate> price = results.get("price").filter().aggregations();
    long priced = results.get("price").filter().docCount();
    long[] bands = new long[PriceBands.EDGES.size()];
    var buckets = price.get("bands").range().buckets().array();
    for (int i = 0; i < buckets.size(); i++) {
      bands[i] = buckets.get(i).docCount();
    }
    Long min = priced == 0 ? null : (long) price.get("min").min().value();
    Long max = priced == 0 ? null : (long) price.get("max").max().value();
    Map<String, Long> familySizes = Map.of();
    if (plan.groupFamilies() && !hits.isEmpty()) {
      familySizes = familySizes(build, plan, hits.stream().map(RawHit::family).toList());
    }
    return new RawResult(
        results.get("total").filter().docCount(), hits, counts, min, max, bands, familySizes);
  }

  /** Matching products per family of a grouped page (hits passing all filters). */
  private Map<String, Long> familySizes(Build build, SearchPlan plan, List<String> families) {
    List<QueryNode> allFilters = plan.filters().values().stream().map(FilterSpec::toNode).toList();
    Set<String> distinct = Set.copyOf(families);
    SearchResponse<EsProduct> response =
        search(
            SearchRequest.of(
                s ->
                    s.index(build.index())
                        .query(
                            q ->
                                q.bool(
                                    b ->
                                        b.must(EsQueries.toQuery(plan.scoring()))
                                            .filter(EsQueries.allOf(allFilters))))
                        .size(0)
                        .aggregations(
                            "families",
                            Aggregation.of(
                                a ->
                                    a.terms(
                                        t ->
                                            t.field(Fields.FAMILY)
                                                .size(distinct.size())
                                                .include(
                                                    i ->
                                                        i.terms(
                                                            distinct.stream()
                                                                .sorted()
                                                                .toList())))))));
    Map<String, Long> sizes = new HashMap<>();
    for (StringTermsBucket b : response.aggregations().get("families").sterms().buckets().array()) {
      sizes.put(b.key().stringValue(), b.docCount());
    }
    return sizes;
  }

  /**
   * One filter aggregation per facet holding every dimension's filter except the facet's own
   * (disjunctive facets), the same rule the Lucene collector applies per document.
   */
  private static Map<String, Aggregation> facetAggregations(CatalogModel model, SearchPlan plan) {
    Map<String, Aggregation> aggs = new LinkedHashMap<>();
    Map<String, Dimension> keywordFacets = new LinkedHashMap<>();
    keywordFacets.put(FacetAssembler.CATEGORY, Dimension.CATEGORY);
    keywordFacets.putAll(FacetAssembler.TOP_N_FACETS);
    for (Map.Entry<String, Dimension> facet : keywordFacets.entrySet()) {
      Dimension own = facet.getValue();
      int size = own == Dimension.CATEGORY ? Math.max(1, model.categoryCount()) : plan.facetLimit();
      Map<String, Aggregation> sub = new LinkedHashMap<>();
      sub.put(
          "top",
          Aggregation.of(
              a ->
                  a.terms(
                      t ->
                          t.field(own.field())
                              .size(size)
                              .order(
                                  NamedValue.of("_count", SortOrder.Desc),
                                  NamedValue.of("_key", SortOrder.Asc)))));
      Set<String> selected = plan.selected().getOrDefault(facet.getKey(), Set.of());
      if (!selected.isEmpty()) {
        sub.put(
            "selected",
            Aggregation.of(
                a ->
                    a.terms(
                        t ->
                            t.field(own.field())
                                .size(selected.size())
                                .minDocCount(0)
                                .include(i -> i.terms(selected.stream().sorted().toList())))));
      }
      aggs.put(
          facet.getKey(),
          Aggregation.of(a -> a.filter(filtersExcept(plan, own, null)).aggregations(sub)));
    }
    for (SearchQuery.Flag flag : SearchQuery.Flag.values()) {
      String value = DocumentBuilder.flagValue(flag);
      QueryNode has = new QueryNode.AnyOf(Fields.FLAGS, Set.of(value));
      aggs.put(
          "flag_" + value,
          Aggregation.of(a -> a.filter(filtersExcept(plan, Dimension.of(flag), has))));
    }
    if (!plan.collections().isEmpty()) {
      // Query-defined values: one filters bucket per collection (its membership query), under the
      // other dimensions' filters like every facet.
      Map<String, Query> members = new LinkedHashMap<>();
      for (QueryPlanner.CollectionFacet c : plan.collections()) {
        members.put(c.slug(), EsQueries.toQuery(c.membership()));
      }
      aggs.put(
          FacetAssembler.COLLECTION,
          Aggregation.of(
              a ->
                  a.filter(filtersExcept(plan, Dimension.COLLECTION, null))
                      .aggregations(
                          "members",
                          Aggregation.of(m -> m.filters(f -> f.filters(b -> b.keyed(members)))))));
    }
    List<AggregationRange> ranges = new ArrayList<>();
    for (int i = 0; i < PriceBands.EDGES.size(); i++) {
      double from = PriceBands.EDGES.get(i);
      long upper = PriceBands.upper(i);
      ranges.add(
          upper == Long.MAX_VALUE
              ? AggregationRange.of(r -> r.from(from))
              : AggregationRange.of(r -> r.from(from).to((double) upper)));
    }
    Map<String, Aggregation> priceSub = new LinkedHashMap<>();
    priceSub.put("min", Aggregation.of(a -> a.min(m -> m.field(Fields.PRICE))));
    priceSub.put("max", Aggregation.of(a -> a.max(m -> m.field(Fields.PRICE))));
    priceSub.put("bands", Aggregation.of(a -> a.range(r -> r.field(Fields.PRICE).ranges(ranges))));
    aggs.put(
        "price",
        Aggregation.of(
            a -> a.filter(filtersExcept(plan, Dimension.PRICE, null)).aggregations(priceSub)));
    return aggs;
  }

  private static Query filtersExcept(SearchPlan plan, Dimension except, QueryNode extra) {
    List<QueryNode> nodes = new ArrayList<>();
    plan.filters()
        .forEach(
            (d, spec) -> {
              if (d != except) {
                nodes.add(spec.toNode());
              }
            });
    if (extra != null) {
      nodes.add(extra);
    }
    return EsQueries.allOf(nodes);
  }

  private static List<SortOptions> sortOf(SearchQuery.Sort sort) {
    SortOptions tieBreak =
        SortOptions.of(s -> s.field(f -> f.field(Fields.CODE_KEY).order(SortOrder.Asc)));
    SortOptions first =
        switch (sort) {
          case RELEVANCE -> SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
          case PRICE_ASC ->
              SortOptions.of(s -> s.field(f -> f.field(Fields.PRICE).order(SortOrder.Asc)));
          case PRICE_DESC ->
              SortOptions.of(s -> s.field(f -> f.field(Fields.PRICE).order(SortOrder.Desc)));
          case NEWEST ->
              SortOptions.of(s -> s.field(f -> f.field(Fields.RELEASED).order(SortOrder.Desc)));
        };
    return List.of(first, tieBreak);
  }

  @Override
  protected List<RawHit> find(CatalogModel model, QueryNode query, int limit) {
    return onCurrentBuild(build -> find(build, query, limit));
  }

  private List<RawHit> find(Build build, QueryNode query, int limit) {
    SearchResponse<EsProduct> response =
        search(
            SearchRequest.of(
                s ->
                    s.index(build.index())
                        .query(EsQueries.toQuery(query))
                        .size(limit)
                        .sort(sortOf(SearchQuery.Sort.RELEVANCE))
                        .trackTotalHits(t -> t.enabled(false))));
    List<RawHit> hits = new ArrayList<>();
    for (Hit<EsProduct> hit : response.hits().hits()) {
      hits.add(rawHit(hit, true));
    }
    return hits;
  }

  @Override
  protected Map<String, Long> countValues(
      CatalogModel model, SearchPlan plan, Dimension dimension, Set<String> values) {
    return onCurrentBuild(build -> countValues(build, model, plan, dimension, values));
  }

  private Map<String, Long> countValues(
      Build build, CatalogModel model, SearchPlan plan, Dimension dimension, Set<String> values) {
    Aggregation counts =
        Aggregation.of(
            a ->
                a.filter(filtersExcept(plan, dimension, null))
                    .aggregations(
                        "values",
                        Aggregation.of(
                            v ->
                                v.terms(
                                    t ->
                                        t.field(dimension.field())
                                            .size(values.size())
                                            .include(
                                                i ->
                                                    i.terms(values.stream().sorted().toList()))))));
    SearchResponse<EsProduct> response =
        search(
            SearchRequest.of(
                s ->
                    s.index(build.index())
                        .query(EsQueries.toQuery(plan.scoring()))
                        .size(0)
                        .requestCache(true)
                        .aggregations("counts", counts)));
    Map<String, Long> result = new LinkedHashMap<>();
    values.forEach(v -> result.put(v, 0L));
    for (StringTermsBucket b :
        response
            .aggregations()
            .get("counts")
            .filter()
            .aggregations()
            .get("values")
            .sterms()
            .buckets()
            .array()) {
      result.put(b.key().stringValue(), b.docCount());
    }
    return result;
  }

  private SearchResponse<EsProduct> search(SearchRequest request) {
    try {
      return client.search(request, EsProduct.class);
    } catch (IOException e) {
      // Every node failed to answer (the client already tried the others).
      throw new SearchUnavailableException("Elasticsearch did not answer", e);
    } catch (ElasticsearchException e) {
      // A node answered but cannot search now: shards still recovering after a restart ("all
      // shards failed", 503) or overloaded (429). It passes by itself; a 4xx is our own bug.
      if (e.status() >= 500 || e.status() == 429) {
        throw new SearchUnavailableException("Elasticsearch cannot search now: " + e.status(), e);
      }
      throw e;
    }
  }

  private static RawHit rawHit(Hit<EsProduct> hit, boolean scored) {
    EsProduct d = hit.source();
    return new RawHit(
        d.codeKey,
        d.codeDisplay,
        d.nameKo == null ? "" : d.nameKo,
        d.nameEn == null ? "" : d.nameEn,
        d.makerId,
        d.categoryId,
        d.price,
        d.released,
        d.family,
        d.flags != null && d.flags.contains(Fields.DISCONTINUED_FLAG),
        scored && hit.score() != null ? hit.score().floatValue() : 0f);
  }

  /**
   * Runs a search on the current build. A publish deletes the previous build's index right after
   * moving the alias; a search that read the old build just before then meets a missing index, and
   * moves on to the build that replaced it, so searches during a reindex see one catalog or the
   * other and never fail (as on Lucene).
   */
  private <T> T onCurrentBuild(java.util.function.Function<Build, T> search) {
    while (true) {
      Build build = requireBuild();
      try {
        return search.apply(build);
      } catch (ElasticsearchException e) {
        boolean indexGone =
            e.status() == 404
                && e.error() != null
                && "index_not_found_exception".equals(e.error().type());
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

  private Build requireBuild() {
    Build build = current.get();
    if (build == null) {
      throw new IllegalStateException("no catalog indexed yet");
    }
    return build;
  }

  @Override
  public long count() {
    Build build = current.get();
    if (build == null) {
      return 0;
    }
    try {
      return client
          .count(
              c ->
                  c.index(build.index())
                      .query(
                          EsQueries.toQuery(
                              new QueryNode.Bool(
                                  List.of(new QueryNode.MatchAll()),
                                  List.of(),
                                  List.of(),
                                  List.of(QueryPlanner.discontinued()),
                                  0))))
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
    Build build = current.get();
    try {
      HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
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
    try {
      restClient.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
