package kr.catalog.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Configuration of the platform itself (Quarkus' own keys stay under {@code quarkus.}). */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

  /** Directory for everything the embedded defaults keep on disk: feeds, catalog, index, db. */
  @WithDefault("data")
  Path dataDir();

  /** The search backend settings. */
  Search search();

  /** What to load at start-up. */
  Bootstrap bootstrap();

  /** Publishing catalog versions to the running platform. */
  Publish publish();

  /** Where the transactional data (orders, quotes, stock, accounts) lives. */
  Database database();

  /**
   * The database. Read by {@code kr.catalog.api.launcher.CatalogMain} before Quarkus starts, so
   * these keys act in {@code application.properties}, as system properties and as environment
   * variables, not in later config sources.
   */
  interface Database {
    /**
     * Run the platform's own PostgreSQL under {@code ${catalog.data-dir}/postgres} (started on the
     * first start, reused by later ones, stopped with the application) and point the datasource at
     * it: the quick start ({@code %embedded} profile). Off: the {@code quarkus.datasource.*} keys
     * name a PostgreSQL run elsewhere (production). Either way commits are durable (ADR 0005).
     */
    @WithDefault("false")
    boolean embedded();

    /**
     * The system user that runs the embedded PostgreSQL when the platform runs as root (PostgreSQL
     * refuses root); created on first use.
     */
    @WithDefault("catalogdb")
    String embeddedUser();
  }

  /** Search backend settings. */
  interface Search {
    /** Which backend answers searches: the embedded Lucene index or an Elasticsearch cluster. */
    @WithDefault("lucene")
    Backend backend();

    /** Elasticsearch settings, used when {@link #backend()} is {@code elasticsearch}. */
    Elasticsearch elasticsearch();

    /**
     * Whether searches expand with the trade's vocabulary (marketing's entries, seeded from the
     * shipped file): off, every query is searched exactly as typed (to measure or rule it out).
     */
    @WithDefault("true")
    boolean vocabulary();
  }

  /** Elasticsearch cluster settings. */
  interface Elasticsearch {
    /** Every node's {@code host:port}: the client spreads requests and fails over between them. */
    @WithDefault("127.0.0.1:9200")
    List<String> hosts();

    /** Prefix of index names and of the alias searches go through ({@code catalog-products}). */
    @WithDefault("catalog")
    String indexPrefix();

    /** Replicas per shard; 0 on a single node, at least 1 on the production cluster. */
    @WithDefault("0")
    int replicas();

    /**
     * How long to wait for a connection to a node. Bounds how soon a search answers 503 when the
     * whole cluster is down or unreachable (a stopped node refuses at once).
     */
    @WithDefault("1s")
    Duration connectTimeout();

    /**
     * How long to wait for an answer on an open connection: a hung node. Long enough for the bulk
     * requests of a reindex.
     */
    @WithDefault("30s")
    Duration socketTimeout();
  }

  /** Start-up loading. */
  interface Bootstrap {
    /**
     * The canonical catalog directory (written by catalog-ingest) to serve; by default {@code
     * catalog} under {@link CatalogConfig#dataDir()} when it holds a catalog ({@code ./run.sh}
     * writes the bundled sample there with catalog-sample before the API starts), else none.
     */
    Optional<Path> catalogDir();

    /**
     * The media store (thumbnails, drawings, manuals, book pages) of the catalog served; by default
     * {@code media} beside the catalog directory, where catalog-ingest writes it ({@code
     * out/catalog} and {@code out/media}; {@code data/catalog} and {@code data/media} for {@code
     * ./run.sh}), so that a catalog made elsewhere is served with its media.
     */
    Optional<Path> mediaDir();
  }

  /** Publishing catalog versions to the running platform (docs/adr: publish while serving). */
  interface Publish {
    /**
     * Where published catalog versions are kept, one directory per version ({@code
     * <version>/catalog}); every API instance reads the version it serves from here, so instances
     * must share it (like the media store). By default {@code published} under {@link
     * CatalogConfig#dataDir()}.
     */
    Optional<Path> storeDir();

    /**
     * How often an instance looks for a publication made by another instance (one indexed query); a
     * notification that calls {@code CatalogPublications.checkNow()} is the faster path.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * A publication is applied as partial index updates when its changes touch at most this share
     * of the catalog's products (and makers and categories are unchanged); otherwise it is a full
     * build behind the alias or the Lucene swap, cheaper then than that many single updates.
     */
    @WithDefault("0.25")
    double partialMaxShare();
  }

  /** Search backends the platform supports. */
  enum Backend {
    lucene,
    elasticsearch
  }
}
