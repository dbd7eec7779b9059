package kr.catalog.api.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kr.catalog.api.security.Actor;

/**
 * The single way fulfilment capabilities record what a step did to an order, so the audit trail
 * (who, when, what) is complete whichever capability wrote it. Joins the caller's transaction: the
 * fact is recorded if and only if the change it describes commits.
 */
@ApplicationScoped
public class OrderJournal {

  @Inject ObjectMapper json;
  @Inject Clock clock;

  /**
   * Records one fact.
   *
   * @param order the order, already locked by the caller
   * @param actor who did it
   * @param kind what happened, upper-case with underscores (e.g. {@code LINE_PICKED})
   * @param lineNo the order line concerned, or null
   * @param detail the fact's values (serialised as JSON; keep it small)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OrderActivity record(
      CustomerOrder order, Actor actor, String kind, Integer lineNo, Map<String, ?> detail) {
    OrderActivity activity = new OrderActivity();
    activity.orderId = order.id;
    activity.at = clock.instant();
    activity.actorId = actor.userId();
    activity.actorRole = actor.role();
    activity.kind = kind;
    activity.lineNo = lineNo;
    try {
      activity.detail = json.writeValueAsString(detail == null ? Map.of() : detail);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("detail of " + kind + " is not serialisable", e);
    }
    activity.persist();
    return activity;
  }

  /** Every fact recorded on the order, oldest first. */
  public List<OrderActivity> of(long orderId) {
    return OrderActivity.list("orderId = ?1 order by at, id", orderId);
  }
}
