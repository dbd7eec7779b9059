package kr.catalog.api.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One catalog version published to the running platform: which version, where every instance reads
 * it, its checksum, who asked, when, and how it went. The latest {@link State#PUBLISHED} row is the
 * version every instance serves ({@link CatalogPublications} checks it).
 */
@Entity
@Table(name = "catalog_publication")
public class CatalogPublication extends PanacheEntityBase {

  /** Where a publication stands. */
  public enum State {
    /** Being applied by the instance that took it. */
    PENDING,
    /** Served by the instance that took it; the others follow. */
    PUBLISHED,
    /** Its checks failed: nothing changed. */
    REFUSED,
    /** Applying it failed: the previous version is served. */
    FAILED
  }

  /** How the search index took the new version. */
  public enum Mode {
    /** Changed, added and removed products only, in the live index. */
    PARTIAL,
    /** A new build behind the Elasticsearch alias, or a new Lucene build swapped in. */
    FULL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "catalog_version", nullable = false, length = 128)
  public String catalogVersion;

  @Column(nullable = false, length = 1000)
  public String location;

  @Column(nullable = false, length = 80)
  public String checksum;

  @Column(name = "from_version", length = 128)
  public String fromVersion;

  @Column(name = "published_by", nullable = false, length = 64)
  public String publishedBy;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public State state;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  public Mode mode;

  @Column(name = "products_written")
  public Integer productsWritten;

  @Column(name = "products_removed")
  public Integer productsRemoved;

  @Column(name = "duration_ms")
  public Long durationMs;

  @Column(length = 2000)
  public String error;

  /** The version every instance should serve: the latest published one. */
  public static Optional<CatalogPublication> latestPublished() {
    return find("state = ?1 order by id desc", State.PUBLISHED).firstResultOptional();
  }

  /** Whether this version was ever published (and so, unless served now, replaced since). */
  public static boolean wasPublished(String version) {
    return count("catalogVersion = ?1 and state = ?2", version, State.PUBLISHED) > 0;
  }

  /** A publication being applied that began after {@code since}, if any. */
  public static Optional<CatalogPublication> pendingSince(Instant since) {
    return find("state = ?1 and requestedAt > ?2", State.PENDING, since).firstResultOptional();
  }

  /** The latest publications, newest first. */
  public static List<CatalogPublication> latest(int limit) {
    return find("order by id desc").page(0, limit).list();
  }
}
