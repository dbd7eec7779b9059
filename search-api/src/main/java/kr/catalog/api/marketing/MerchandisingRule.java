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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A merchandising rule: in the searches for one query text (compared in its {@link QueryKey} form)
 * and/or one category filter, pin a product to a position, boost or bury its score, or hide it,
 * from {@link #startsAt} (inclusive) until {@link #endsAt} (exclusive).
 */
@Entity
@Table(name = "merchandising_rule")
public class MerchandisingRule extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** The query as marketing typed it, or null when the rule is for a category only. */
  @Column(name = "query_text", length = 200)
  public String queryText;

  /** {@link QueryKey#of} of {@link #queryText}: what searches are matched on. */
  @Column(name = "query_key", length = 200)
  public String queryKey;

  /** The category filter the rule applies to, or null when it is for a query only. */
  @Column(name = "category_id", length = 64)
  public String categoryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_action", nullable = false, length = 8)
  public RuleAction action;

  /** 1-based position, for PIN only. */
  @Column(name = "pin_position")
  public Integer position;

  /** Score factor, for BOOST (above 1) and BURY (below 1) only; two decimals. */
  @Column(precision = 5, scale = 2)
  public BigDecimal factor;

  @Column(name = "code_key", nullable = false, length = 64)
  public String codeKey;

  @Column(name = "starts_at", nullable = false)
  public Instant startsAt;

  /** Exclusive: at this instant the rule no longer applies. */
  @Column(name = "ends_at", nullable = false)
  public Instant endsAt;

  @Column(length = 1000)
  public String note;

  @Version public int version;

  @Column(name = "created_by", nullable = false)
  public Long createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
