package kr.catalog.api.fulfilment.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderActivity;
import kr.catalog.api.order.OrderEvent;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/**
 * Tracking events along the route (time, place, text), per order or for every order on a vehicle,
 * and the customer's timeline: the order's moves and its tracking events in time order. The events
 * are journal facts ({@link OutboundKinds#TRACKING_EVENT}), so the audit trail holds them too.
 */
@ApplicationScoped
public class TrackingService {

  /** The states in which an order is on its way and takes tracking events. */
  static final OrderStatus[] ON_THE_WAY = {OrderStatus.LOADED, OrderStatus.IN_TRANSIT};

  @Inject OrderJournal journal;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  /**
   * A tracking event to record.
   *
   * @param at when it happened; now when omitted
   * @param place where (e.g. "성수 허브")
   * @param text what (e.g. "성수 허브 도착")
   */
  public record NewEvent(Instant at, String place, String text) {}

  /**
   * One entry of the timeline.
   *
   * @param at when
   * @param kind MOVE (a lifecycle step) or TRACKING (an event on the route)
   * @param from the state left (moves)
   * @param to the state reached (moves)
   * @param place where (tracking events)
   * @param text what happened (tracking events), or the move's note
   * @param vehicle the vehicle reporting (tracking events sent per vehicle)
   */
  public record Entry(
      Instant at,
      String kind,
      OrderStatus from,
      OrderStatus to,
      String place,
      String text,
      String vehicle) {}

  /**
   * Records an event on one order.
   *
   * @throws BusinessRefusal {@link Refusal#WRONG_ORDER_STATE} unless LOADED or IN_TRANSIT
   */
  @Transactional
  public List<Entry> record(Actor actor, long orderId, NewEvent event) {
    CustomerOrder order = OutboundOrders.visible(actor, orderId, LockModeType.PESSIMISTIC_WRITE);
    OutboundOrders.requireState(order, "A tracking event", ON_THE_WAY);
    append(actor, order, event, null);
    return timeline(order);
  }

  /**
   * Records a vehicle's position on every order loaded on it and on its way.
   *
   * @return the ids of the orders it was recorded on
   * @throws BusinessRefusal {@link Refusal#VEHICLE_NOT_FOUND}
   */
  @Transactional
  public List<Long> position(Actor actor, String plate, NewEvent event) {
    Vehicle vehicle = VehicleService.find(plate, LockModeType.NONE);
    List<Long> ids =
        OrderPackage.getEntityManager()
            .createQuery(
                "select distinct o.id from OrderPackage p, CustomerOrder o where o.id = p.orderId"
                    + " and p.vehiclePlate = ?1 and o.status in ?2 order by o.id",
                Long.class)
            .setParameter(1, vehicle.plate)
            .setParameter(2, List.of(ON_THE_WAY))
            .getResultList();
    List<Long> recorded = new ArrayList<>();
    for (long id : ids) {
      CustomerOrder order = CustomerOrder.findById(id, LockModeType.PESSIMISTIC_WRITE);
      // Re-checked under the lock: an order delivered meanwhile takes no more events.
      if (List.of(ON_THE_WAY).contains(order.status)) {
        append(actor, order, event, vehicle.plate);
        recorded.add(id);
      }
    }
    return recorded;
  }

  /** The timeline of an order the actor may see (a customer: their company's). */
  @Transactional
  public List<Entry> timeline(Actor actor, long orderId) {
    return timeline(OutboundOrders.visible(actor, orderId, LockModeType.NONE));
  }

  private void append(Actor actor, CustomerOrder order, NewEvent event, String plate) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("time", (event.at() == null ? clock.instant() : event.at()).toString());
    detail.put("place", event.place().strip());
    detail.put("text", event.text().strip());
    if (plate != null) {
      detail.put("vehicle", plate);
    }
    journal.record(order, actor, OutboundKinds.TRACKING_EVENT, null, detail);
  }

  private List<Entry> timeline(CustomerOrder order) {
    List<Entry> entries = new ArrayList<>();
    for (OrderEvent e : OrderEvent.<OrderEvent>list("orderId = ?1 order by at, id", order.id)) {
      entries.add(new Entry(e.at, "MOVE", e.fromStatus, e.toStatus, null, e.note, null));
    }
    for (OrderActivity a :
        OrderActivity.<OrderActivity>list(
            "orderId = ?1 and kind = ?2 order by at, id", order.id, OutboundKinds.TRACKING_EVENT)) {
      JsonNode d = detail(a);
      entries.add(
          new Entry(
              Instant.parse(d.path("time").asText(a.at.toString())),
              "TRACKING",
              null,
              null,
              d.path("place").asText(null),
              d.path("text").asText(null),
              d.hasNonNull("vehicle") ? d.get("vehicle").asText() : null));
    }
    // Stable: a move and an event at the same instant keep moves first.
    entries.sort(Comparator.comparing(Entry::at));
    return entries;
  }

  private JsonNode detail(OrderActivity a) {
    try {
      return json.readTree(a.detail);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("order_activity " + a.id + " holds no JSON", e);
    }
  }
}
