package kr.catalog.api.pricing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A promotion: a percentage off one product from {@link #startsOn} to {@link #endsOn}, inclusive.
 */
@Entity
@Table(name = "promotion")
public class Promotion extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "code_key", nullable = false, length = 64)
  public String codeKey;

  @Column(nullable = false, length = 200)
  public String name;

  @Column(name = "percent_off", nullable = false)
  public int percentOff;

  @Column(name = "starts_on", nullable = false)
  public LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  public LocalDate endsOn;

  /** The marketing (or admin) user who created it. */
  @Column(name = "created_by", nullable = false)
  public Long createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
