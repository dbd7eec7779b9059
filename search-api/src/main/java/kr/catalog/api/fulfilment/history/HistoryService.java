package kr.catalog.api.fulfilment.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.api.account.UserAccount;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.fulfilment.VisibleOrders;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderActivity;
import kr.catalog.api.order.OrderEvent;
import kr.catalog.api.order.StockLocation;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Role;

/**
 * Reads an order's audit trail (state moves and journalled facts, merged by time) as sentences.
 * Staff readers see who did each thing (the user name); customers see the role that did it ("물류센터",
 * "상담원"), never user names or internal ids.
 */
@ApplicationScoped
public class HistoryService {

  private static final DateTimeFormatter KO =
      DateTimeFormatter.ofPattern("M월 d일 HH:mm", Locale.KOREAN);
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

  @Inject CommerceConfig config;
  @Inject ObjectMapper json;

  /**
   * The history of an order the actor may see.
   *
   * @param english English sentences; Korean otherwise
   */
  @Transactional
  public HistoryView history(Actor actor, long orderId, boolean english) {
    CustomerOrder order = VisibleOrders.find(actor, orderId, LockModeType.NONE);
    String store = storeName(order);
    ZoneId zone = config.zone();
    DateTimeFormatter time = (english ? EN : KO).withZone(zone);
    Map<Long, String> usernames = new HashMap<>();
    record Row(Instant at, int source, long id, HistoryView.Entry entry) {}
    List<Row> rows = new ArrayList<>();
    for (OrderEvent e : OrderEvent.<OrderEvent>list("orderId = ?1", order.id)) {
      Sentences.Fact fact = new Sentences.Fact(e.toStatus.name(), null, null, store, english);
      String sentence = Sentences.state(e.toStatus.name(), fact);
      rows.add(
          new Row(
              e.at,
              0,
              e.id,
              entry(
                  e.at,
                  "STATUS:" + e.toStatus.name(),
                  null,
                  sentence,
                  time,
                  by(actor, e.actorId, e.actorRole, english, usernames))));
    }
    for (OrderActivity a : OrderActivity.<OrderActivity>list("orderId = ?1", order.id)) {
      Sentences.Fact fact = new Sentences.Fact(a.kind, a.lineNo, parse(a.detail), store, english);
      rows.add(
          new Row(
              a.at,
              1,
              a.id,
              entry(
                  a.at,
                  a.kind,
                  a.lineNo,
                  Sentences.fact(fact),
                  time,
                  by(actor, a.actorId, a.actorRole, english, usernames))));
    }
    // Time first; at the same instant a step's facts come before the move they led to.
    rows.sort(
        Comparator.comparing(Row::at).thenComparing(r -> -r.source()).thenComparingLong(Row::id));
    return new HistoryView(order.id, english ? "en" : "ko", rows.stream().map(Row::entry).toList());
  }

  private static HistoryView.Entry entry(
      Instant at, String kind, Integer lineNo, String sentence, DateTimeFormatter time, String by) {
    return new HistoryView.Entry(at, kind, lineNo, sentence, time.format(at) + " " + sentence, by);
  }

  private static String by(
      Actor reader, long userId, Role role, boolean english, Map<Long, String> usernames) {
    if (reader.role().staff()) {
      return usernames.computeIfAbsent(
          userId,
          id -> {
            UserAccount u = UserAccount.findById(id);
            return u == null ? role.name() : u.username;
          });
    }
    return switch (role) {
      case CUSTOMER -> english ? "You" : "고객";
      case COUNSELLOR -> english ? "Counsellor" : "상담원";
      case WAREHOUSE -> english ? "Warehouse" : "물류센터";
      case MARKETING -> english ? "Marketing" : "마케팅";
      case ADMIN -> english ? "Administrator" : "관리자";
    };
  }

  private JsonNode parse(String detail) {
    try {
      return detail == null ? null : json.readTree(detail);
    } catch (JsonProcessingException e) {
      // Unreadable detail: the sentence falls back to the generic one for its kind.
      return null;
    }
  }

  private static String storeName(CustomerOrder order) {
    StockLocation l = StockLocation.findById(order.stockLocation);
    return l == null ? order.stockLocation : l.name;
  }
}
