package kr.catalog.api.marketing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row saying the shipped vocabulary was loaded (so deleted entries stay deleted). */
@Entity
@Table(name = "vocabulary_seed")
public class VocabularySeed extends PanacheEntityBase {

  @Id
  @Column(name = "seeded_at", nullable = false)
  public Instant seededAt;

  @Column(nullable = false)
  public int entries;
}
