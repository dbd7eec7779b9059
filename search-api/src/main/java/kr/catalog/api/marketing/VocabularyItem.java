package kr.catalog.api.marketing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kr.catalog.search.vocabulary.VocabularyEntry;

/** One entry of the trade's vocabulary as stored (see {@link VocabularyEntry} for the meaning). */
@Entity
@Table(name = "vocabulary_entry")
public class VocabularyItem extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** The terms, one per line. */
  @Column(nullable = false, length = 4000)
  public String terms;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  public VocabularyEntry.Direction direction;

  @Column(name = "category_id", length = 64)
  public String categoryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public VocabularyEntry.Kind kind;

  @Column(nullable = false, length = 500)
  public String source;

  @Version public int version;

  /** Null for an entry seeded from the shipped file. */
  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The terms as a list. */
  public List<String> termList() {
    return Arrays.stream(terms.split("\n")).filter(t -> !t.isBlank()).toList();
  }

  /** The entry as search sees it. */
  public VocabularyEntry toEntry() {
    return new VocabularyEntry(termList(), direction, categoryId, kind, source);
  }
}
