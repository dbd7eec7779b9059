package kr.catalog.api.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One load of a catalog build into the search backend: which version, how many products, when, and
 * how long it took. Operators read it to know what is being served; start-up reads the latest one
 * to skip re-indexing an unchanged catalog.
 */
@Entity
@Table(name = "catalog_load")
public class CatalogLoad extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "catalog_version", nullable = false, length = 128)
  public String catalogVersion;

  @Column(nullable = false, length = 32)
  public String backend;

  @Column(name = "product_count", nullable = false)
  public long productCount;

  @Column(name = "loaded_at", nullable = false)
  public Instant loadedAt;

  @Column(name = "duration_ms", nullable = false)
  public long durationMs;

  /** The most recent load into the given backend, if any. */
  public static Optional<CatalogLoad> latest(String backend) {
    return find("backend = ?1 order by loadedAt desc, id desc", backend).firstResultOptional();
  }
}
