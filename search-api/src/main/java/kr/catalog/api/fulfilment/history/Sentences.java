package kr.catalog.api.fulfilment.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The wording of the history: one entry per state and per journal kind, in Korean and English. A
 * kind the table does not know (one a newer capability records) gets a generic sentence, and a
 * known kind whose detail lacks a value falls back to its sentence without it, so a new kind or a
 * changed detail never breaks the page.
 */
final class Sentences {

  private Sentences() {}

  /** What a sentence is rendered from. */
  record Fact(String kind, Integer lineNo, JsonNode detail, String store, boolean english) {

    /** The detail's value as text, or null when absent. */
    String text(String key) {
      JsonNode v = detail == null ? null : detail.get(key);
      return v == null || v.isNull() ? null : v.asText();
    }

    /** The detail's whole number, or null when absent. */
    Long number(String key) {
      JsonNode v = detail == null ? null : detail.get(key);
      return v == null || !v.canConvertToLong() ? null : v.asLong();
    }

    String pick(String ko, String en) {
      return english ? en : ko;
    }
  }

  /** The sentence of an order reaching a state, keyed by the state's name. */
  private static final Map<String, Function<Fact, String>> STATES =
      Map.ofEntries(
          Map.entry("RECEIVED", f -> f.pick("주문이 접수되었습니다", "Your order was received")),
          Map.entry(
              "CONFIRMED",
              f ->
                  f.pick("주문이 확인되어 출고 준비를 시작했습니다", "The order was confirmed; preparation started")),
          Map.entry(
              "PICKING",
              f -> f.pick(f.store() + "에서 상품을 꺼내고 있습니다", "Picking started at " + f.store())),
          Map.entry(
              "SHIPPING_INSPECTION", f -> f.pick("출고 검수를 시작했습니다", "Shipping inspection started")),
          Map.entry("PACKING", f -> f.pick("포장을 시작했습니다", "Packing started")),
          Map.entry(
              "DELIVERY_CLASSIFIED",
              f -> f.pick("배송 지역과 택배사가 정해졌습니다", "The delivery region and partner were set")),
          Map.entry("LOADED", f -> f.pick("배송 차량에 실렸습니다", "Loaded onto the delivery vehicle")),
          Map.entry("IN_TRANSIT", f -> f.pick("배송이 시작되었습니다", "On its way to you")),
          Map.entry("DELIVERED", f -> f.pick("배송이 완료되었습니다", "Delivered")),
          Map.entry("ACCEPTED", f -> f.pick("주문하신 물품을 인수하셨습니다", "You took the order over")),
          Map.entry(
              "READY_FOR_PICKUP",
              f -> f.pick(f.store() + "에서 픽업 준비가 끝났습니다", "Ready for pickup at " + f.store())),
          Map.entry(
              "PICKED_UP", f -> f.pick(f.store() + "에서 물품을 찾아가셨습니다", "Picked up at " + f.store())),
          Map.entry(
              "BACK_ORDERED",
              f ->
                  f.pick(
                      "부족한 물품을 추가 배송(백오더)으로 보내 드리기 위해 기다리고 있습니다",
                      "Waiting for stock to send the missing goods (back-order)")),
          Map.entry("CANCELLED", f -> f.pick("주문이 취소되었습니다", "The order was cancelled")));

  /**
   * The sentence of a journal kind; null when the detail lacks what it needs (the generic sentence
   * is used then). Picking and outbound kinds are worded from the details those capabilities
   * record.
   */
  private static final Map<String, Function<Fact, String>> KINDS =
      Map.ofEntries(
          Map.entry(
              "PICK_LIST_CREATED",
              f -> f.pick(f.store() + "에서 피킹 목록을 만들었습니다", "A pick list was made at " + f.store())),
          Map.entry("LINE_PICKED", Sentences::linePicked),
          Map.entry("PICKING_SHORTFALL", Sentences::shortfall),
          Map.entry(
              "STOCK_WRITTEN_OFF",
              f ->
                  f.number("units") == null
                      ? null
                      : f.pick(
                          line(f)
                              + " "
                              + f.number("units")
                              + "개가 "
                              + f.store()
                              + " 재고에 없어 재고에서 정리되었습니다",
                          line(f)
                              + ": "
                              + f.number("units")
                              + " missing from the shelf, written off")),
          Map.entry(
              "BACK_ORDER_CREATED",
              f ->
                  f.number("backOrderOf") == null
                      ? null
                      : f.pick(
                          "주문 " + f.number("backOrderOf") + "에서 부족했던 물품을 추가 배송하는 주문입니다",
                          "Back-order for the goods missing from order "
                              + f.number("backOrderOf"))),
          Map.entry("CODE_SCANNED", Sentences::codeScanned),
          Map.entry(
              "INSPECTION_DISCREPANCY",
              f ->
                  f.pick(
                      "출고 검수에서 차이가 발견되어 기록했습니다", "A difference was found at shipping inspection")),
          Map.entry(
              "INSPECTION_ACKNOWLEDGED",
              f ->
                  f.pick(
                      "출고 검수 차이를 확인하고 출고를 진행했습니다",
                      "The inspection difference was checked and the order went on")),
          Map.entry(
              "PACKAGE_PACKED",
              f ->
                  f.text("package") == null
                      ? f.pick("상자를 포장했습니다", "A package was packed")
                      : f.pick(
                          f.text("package") + "번 상자를 포장했습니다",
                          "Package " + f.text("package") + " was packed")),
          Map.entry(
              "PACKAGE_REMOVED",
              f ->
                  f.text("package") == null
                      ? null
                      : f.pick(
                          f.text("package") + "번 상자를 다시 풀었습니다",
                          "Package " + f.text("package") + " was unpacked")),
          Map.entry(
              "DELIVERY_CLASSIFIED",
              f ->
                  f.text("region") == null || f.text("partner") == null
                      ? null
                      : f.pick(
                          f.text("region") + " 지역, " + f.text("partner") + "(으)로 배송됩니다",
                          "To be delivered in " + f.text("region") + " by " + f.text("partner"))),
          Map.entry(
              "PACKAGE_LOADED",
              f ->
                  f.text("vehicle") == null
                      ? f.pick("배송 차량에 실었습니다", "Loaded onto the vehicle")
                      : f.pick(
                          (f.text("package") == null ? "" : f.text("package") + "번 상자를 ")
                              + f.text("vehicle")
                              + " 차량에 실었습니다",
                          (f.text("package") == null
                                  ? "Loaded"
                                  : "Package " + f.text("package") + " loaded")
                              + " onto vehicle "
                              + f.text("vehicle"))),
          Map.entry(
              "TRACKING_EVENT",
              f -> {
                String place = f.text("place");
                String what = f.text("text");
                if (place == null && what == null) {
                  return f.pick("배송 위치가 갱신되었습니다", "Tracking updated");
                }
                String where = place == null ? "" : place;
                String text = what == null ? "" : what;
                return f.pick(
                    (where + " " + text).strip() + (what == null ? "에 도착했습니다" : ""),
                    (what == null ? "Arrived at " + where : (where + ": " + text)).strip());
              }),
          Map.entry("ACCEPTANCE_LINE", Sentences::inspected),
          Map.entry("CLAIM_OPENED", Sentences::claimOpened),
          Map.entry("CLAIM_DECIDED", Sentences::claimDecided),
          Map.entry(
              "CLAIM_RECEIVED",
              f ->
                  f.number("claim") == null
                      ? null
                      : f.pick(
                          "클레임 " + f.number("claim") + "의 반품 물품이 물류센터에 도착해 환불되었습니다" + creditKo(f),
                          "The goods of claim "
                              + f.number("claim")
                              + " are back at the warehouse and credited"
                              + creditEn(f))),
          Map.entry(
              "PICKUP_CODE_ISSUED",
              f ->
                  "true".equals(f.text("reissued"))
                      ? f.pick("픽업 코드를 새로 발급했습니다", "A new pickup code was issued")
                      : f.pick("픽업 코드를 발급했습니다", "A pickup code was issued")),
          Map.entry(
              "PICKUP_CODE_REJECTED",
              f ->
                  f.pick(
                      f.store()
                          + " 카운터에서 잘못된 픽업 코드가 입력되었습니다"
                          + (f.number("left") == null ? "" : " (남은 횟수 " + f.number("left") + ")"),
                      "A wrong pickup code was typed at the counter of "
                          + f.store()
                          + (f.number("left") == null
                              ? ""
                              : " (" + f.number("left") + " tries left)"))),
          Map.entry(
              "PICKUP_CODE_ACCEPTED",
              f ->
                  f.pick(
                      f.store() + " 카운터에서 픽업 코드를 확인했습니다",
                      "The pickup code was checked at the counter of " + f.store())));

  /** The sentence of an order reaching a state. */
  static String state(String status, Fact fact) {
    Function<Fact, String> s = STATES.get(status);
    String text = s == null ? null : s.apply(fact);
    return text != null
        ? text
        : fact.pick("주문 상태가 바뀌었습니다 (" + words(status) + ")", "Status changed: " + words(status));
  }

  /** The sentence of a journal fact, or the generic one for a kind not in the table. */
  static String fact(Fact fact) {
    Function<Fact, String> s = KINDS.get(fact.kind());
    String text = null;
    if (s != null) {
      try {
        text = s.apply(fact);
      } catch (RuntimeException e) {
        // A detail shaped otherwise than the table expects: the generic sentence says it.
        text = null;
      }
    }
    if (text != null) {
      return text;
    }
    String what = words(fact.kind());
    String line = fact.lineNo() == null ? "" : line(fact) + ": ";
    return fact.pick(line + "처리 내역이 기록되었습니다 (" + what + ")", line + "Recorded: " + what);
  }

  /** Whether the table has a sentence for this kind (the others get the generic one). */
  static boolean known(String kind) {
    return KINDS.containsKey(kind);
  }

  private static String words(String kind) {
    return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String line(Fact f) {
    return f.english() ? "Line " + f.lineNo() : f.lineNo() + "번 품목";
  }

  private static String linePicked(Fact f) {
    Long picked = f.number("picked");
    Long ordered = f.number("ordered");
    if (picked == null || ordered == null || f.lineNo() == null) {
      return null;
    }
    return f.pick(
        line(f) + " " + ordered + "개 중 " + picked + "개를 꺼냈습니다",
        line(f) + ": " + picked + " of " + ordered + " picked");
  }

  private static String shortfall(Fact f) {
    JsonNode lines = f.detail() == null ? null : f.detail().get("lines");
    if (lines == null || !lines.isArray() || lines.isEmpty()) {
      return null;
    }
    boolean backOrder = "BACK_ORDER".equals(f.text("shortfall"));
    List<String> parts = new ArrayList<>();
    for (JsonNode l : lines) {
      long no = l.path("lineNo").asLong();
      long ordered = l.path("ordered").asLong();
      long missing = l.path("missing").asLong();
      long shipped = ordered - missing;
      if (f.english()) {
        parts.add(
            "line "
                + no
                + ": only "
                + shipped
                + " of "
                + ordered
                + " shipped; "
                + missing
                + (backOrder ? " moved to a back-order (sent later)" : " cancelled"));
      } else {
        parts.add(
            no
                + "번 품목 "
                + ordered
                + "개 중 "
                + shipped
                + "개만 출고되어 "
                + missing
                + (backOrder ? "개는 추가 배송(백오더)으로 옮겨졌습니다" : "개는 취소되었습니다"));
      }
    }
    String joined = String.join(f.english() ? "; " : ", ", parts);
    return f.english() ? Character.toUpperCase(joined.charAt(0)) + joined.substring(1) : joined;
  }

  private static String codeScanned(Fact f) {
    Long scanned = f.number("scanned");
    Long picked = f.number("picked");
    if (scanned == null || picked == null || f.lineNo() == null) {
      return null;
    }
    return f.pick(
        "출고 검수: " + line(f) + " " + picked + "개 중 " + scanned + "개를 확인했습니다",
        "Shipping inspection: "
            + line(f).toLowerCase(Locale.ROOT)
            + ", "
            + scanned
            + " of "
            + picked
            + " checked");
  }

  private static String inspected(Fact f) {
    Long shipped = f.number("shipped");
    Long accepted = f.number("accepted");
    Long shortUnits = f.number("short");
    Long damaged = f.number("damaged");
    if (shipped == null || accepted == null || shortUnits == null || damaged == null) {
      return null;
    }
    if (accepted.equals(shipped)) {
      return f.pick(
          line(f) + " " + shipped + "개를 이상 없이 받으셨습니다",
          line(f) + ": all " + shipped + " received in good order");
    }
    StringBuilder ko = new StringBuilder(line(f) + " " + shipped + "개 중 " + accepted + "개를 받으셨고");
    StringBuilder en =
        new StringBuilder(line(f) + ": " + accepted + " of " + shipped + " received");
    if (shortUnits > 0) {
      ko.append(" ").append(shortUnits).append("개가 부족했");
      en.append(", ").append(shortUnits).append(" missing");
    }
    if (damaged > 0) {
      ko.append(shortUnits > 0 ? "고 " : " ").append(damaged).append("개가 파손되었");
      en.append(", ").append(damaged).append(" damaged");
    }
    ko.append("습니다");
    return f.pick(ko.toString(), en.toString());
  }

  private static String claimOpened(Fact f) {
    Long claim = f.number("claim");
    Long units = f.number("units");
    if (claim == null || units == null) {
      return null;
    }
    boolean ret = "RETURN".equals(f.text("kind"));
    return f.pick(
        "클레임 "
            + claim
            + "번이 접수되었습니다: "
            + (ret ? "파손 물품 " + units + "개 반품" : "부족 물품 " + units + "개 환불")
            + " ("
            + ClaimMoney.ko(f.number("gross"))
            + ")",
        "Claim "
            + claim
            + " opened: "
            + (ret ? "return of " + units + " damaged" : "credit for " + units + " missing")
            + " ("
            + ClaimMoney.en(f.number("gross"))
            + ")");
  }

  private static String claimDecided(Fact f) {
    Long claim = f.number("claim");
    JsonNode approved = f.detail() == null ? null : f.detail().get("approved");
    if (claim == null || approved == null) {
      return null;
    }
    String reason = f.text("reason");
    boolean yes = approved.asBoolean();
    return f.pick(
        "클레임 "
            + claim
            + "번이 "
            + (yes ? "승인" : "반려")
            + "되었습니다"
            + (reason == null ? "" : " (사유: " + reason + ")")
            + creditKo(f),
        "Claim "
            + claim
            + " was "
            + (yes ? "approved" : "rejected")
            + (reason == null ? "" : " (reason: " + reason + ")")
            + creditEn(f));
  }

  private static String creditKo(Fact f) {
    String note = f.text("creditNote");
    return note == null ? "" : ". 크레디트 노트 " + note + ": " + ClaimMoney.ko(f.number("gross"));
  }

  private static String creditEn(Fact f) {
    String note = f.text("creditNote");
    return note == null ? "" : ". Credit note " + note + ": " + ClaimMoney.en(f.number("gross"));
  }

  /** Won amounts as the customer reads them. */
  private static final class ClaimMoney {
    private ClaimMoney() {}

    static String ko(Long won) {
      return won == null
          ? ""
          : java.text.NumberFormat.getIntegerInstance(Locale.KOREA).format(won) + "원";
    }

    static String en(Long won) {
      return won == null
          ? ""
          : "KRW " + java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(won);
    }
  }
}
