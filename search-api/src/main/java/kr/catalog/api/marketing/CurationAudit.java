package kr.catalog.api.marketing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a collection or merchandising rule: who, when, what, and the entity's JSON form
 * before and after (null before a creation and after a deletion). Written in the transaction of the
 * change, so there is never a change without its audit row nor the reverse.
 */
@Entity
@Table(name = "curation_audit")
public class CurationAudit extends PanacheEntityBase {

  /** What kind of entity changed. */
  public enum EntityType {
    COLLECTION,
    RULE,
    /** An entry of the trade's vocabulary. */
    VOCABULARY
  }

  /** How it changed. */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  @Column(name = "actor_id", nullable = false)
  public Long actorId;

  @Column(name = "actor_name", nullable = false, length = 64)
  public String actorName;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "entity_type", nullable = false, length = 16)
  public EntityType entityType;

  @Column(name = "entity_id", nullable = false)
  public Long entityId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "change_action", nullable = false, length = 8)
  public Action action;

  @Column(name = "before_json", length = 100000)
  public String beforeJson;

  @Column(name = "after_json", length = 100000)
  public String afterJson;
}
