package kr.catalog.api.marketing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.catalog.api.security.Actor;

/** Writes and reads the audit rows of collection and rule changes. */
@ApplicationScoped
public class AuditTrail {

  @Inject ObjectMapper json;
  @Inject Clock clock;

  /**
   * One audit row as answered.
   *
   * @param before the entity before the change (null for a creation)
   * @param after the entity after the change (null for a deletion)
   */
  public record Entry(
      long id,
      Instant changedAt,
      String actor,
      CurationAudit.EntityType entityType,
      long entityId,
      CurationAudit.Action action,
      JsonNode before,
      JsonNode after) {}

  /** Records a change; must run inside the transaction of the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor,
      CurationAudit.EntityType type,
      long entityId,
      CurationAudit.Action action,
      Object before,
      Object after) {
    CurationAudit a = new CurationAudit();
    a.changedAt = clock.instant();
    a.actorId = actor.userId();
    a.actorName = actor.username();
    a.entityType = type;
    a.entityId = entityId;
    a.action = action;
    a.beforeJson = write(before);
    a.afterJson = write(after);
    a.persist();
  }

  /** The newest rows first, optionally of one entity type and id. */
  @Transactional
  public List<Entry> list(CurationAudit.EntityType type, Long entityId, int page, int size) {
    StringBuilder where = new StringBuilder("1 = 1");
    io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
    if (type != null) {
      where.append(" and entityType = :type");
      params.and("type", type);
    }
    if (entityId != null) {
      where.append(" and entityId = :entityId");
      params.and("entityId", entityId);
    }
    return CurationAudit.<CurationAudit>find(where.toString(), Sort.descending("id"), params.map())
        .page(Page.of(page, size))
        .list()
        .stream()
        .map(
            a ->
                new Entry(
                    a.id,
                    a.changedAt,
                    a.actorName,
                    a.entityType,
                    a.entityId,
                    a.action,
                    read(a.beforeJson),
                    read(a.afterJson)))
        .toList();
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an audit row", e);
    }
  }

  private JsonNode read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored audit row is not valid JSON", e);
    }
  }
}
