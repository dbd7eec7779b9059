package kr.catalog.api.marketing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A promotional collection: products picked by hand (in order) and/or matched by a saved search,
 * active from {@link #startsAt} (inclusive) until {@link #endsAt} (exclusive), optionally with a
 * discount the pricing rule applies to its members while it is active. Named {@code
 * PromoCollection} so it never shadows {@link java.util.Collection}.
 */
@Entity
@Table(name = "promo_collection")
public class PromoCollection extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** The id in URLs and in the search facet: lower-case letters, digits and single hyphens. */
  @Column(nullable = false, length = 64)
  public String slug;

  @Enumerated(EnumType.STRING)
  @Column(name = "collection_type", nullable = false, length = 16)
  public CollectionType type;

  @Column(name = "title_ko", nullable = false, length = 200)
  public String titleKo;

  @Column(name = "title_en", length = 200)
  public String titleEn;

  @Column(length = 2000)
  public String description;

  @Column(name = "starts_at", nullable = false)
  public Instant startsAt;

  /** Exclusive: at this instant the collection is over. */
  @Column(name = "ends_at", nullable = false)
  public Instant endsAt;

  /** Code keys picked by hand, in curated order. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "promo_collection_item",
      joinColumns = @JoinColumn(name = "collection_id"))
  @OrderColumn(name = "item_position")
  @Column(name = "code_key", nullable = false, length = 64)
  public List<String> codeKeys = new ArrayList<>();

  /** The saved search ({@link SavedSearch} as JSON) whose matches also belong, or null. */
  @Column(name = "rule_json", length = 4000)
  public String ruleJson;

  /** Whole percent off members while active, or null for none. */
  @Column(name = "discount_percent")
  public Integer discountPercent;

  /** Optimistic lock, and the key of cached rule memberships. */
  @Version public int version;

  @Column(name = "created_by", nullable = false)
  public Long createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Whether it is active at this instant: {@code startsAt <= now < endsAt}. */
  public boolean activeAt(Instant now) {
    return !now.isBefore(startsAt) && now.isBefore(endsAt);
  }
}
