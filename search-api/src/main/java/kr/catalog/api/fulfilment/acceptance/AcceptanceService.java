package kr.catalog.api.fulfilment.acceptance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.catalog.api.fulfilment.VisibleOrders;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.order.OrderLine;
import kr.catalog.api.order.OrderService;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.TransitionRequest;
import kr.catalog.api.pricing.PricingRule;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/**
 * The customer's inspection and take-over of a delivered order: records each line's accepted, short
 * and damaged units, opens the claims they call for, and moves the order to ACCEPTED through the
 * lifecycle (so every {@code StepHook} and the order's audit trail apply), all in one transaction
 * with the order row locked.
 */
@ApplicationScoped
public class AcceptanceService {

  /** Journal kind: one order line inspected by the customer. */
  public static final String LINE_INSPECTED = "ACCEPTANCE_LINE";

  /** Journal kind: a claim opened by the inspection. */
  public static final String CLAIM_OPENED = "CLAIM_OPENED";

  @Inject OrderService orders;
  @Inject OrderJournal journal;
  @Inject Clock clock;

  /**
   * Records the inspection and accepts the order.
   *
   * @throws BusinessRefusal {@link Refusal#ORDER_NOT_FOUND} another company's or unknown order,
   *     {@link Refusal#ILLEGAL_TRANSITION} when the order is not DELIVERED (inspected already,
   *     still on its way, or a pickup), {@link Refusal#ACCEPTANCE_MISMATCH} when the quantities do
   *     not add up or a line is missing or repeated, {@link Refusal#STEP_NOT_ALLOWED} for a role
   *     the lifecycle does not let accept
   */
  @Transactional
  public AfterSalesView accept(Actor actor, long orderId, AcceptanceRequest request) {
    CustomerOrder order = VisibleOrders.find(actor, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order.status != OrderStatus.DELIVERED) {
      throw new BusinessRefusal(
          Refusal.ILLEGAL_TRANSITION,
          "Order "
              + orderId
              + " is "
              + order.status
              + "; only a delivered order is inspected and accepted.");
    }
    Map<Integer, AcceptanceRequest.Line> inspected = byLine(request.lines());
    for (OrderLine line : order.lines) {
      AcceptanceRequest.Line l = inspected.get(line.lineNo);
      if (l == null) {
        throw mismatch("line " + line.lineNo + " (" + line.code + ") is not inspected.");
      }
      long sum = (long) l.accepted() + l.shortUnits() + l.damaged();
      if (sum != line.quantityToShip()) {
        throw mismatch(
            "line "
                + line.lineNo
                + ": accepted "
                + l.accepted()
                + " + short "
                + l.shortUnits()
                + " + damaged "
                + l.damaged()
                + " = "
                + sum
                + ", but "
                + line.quantityToShip()
                + " units were shipped.");
      }
    }
    List<Integer> unknown =
        inspected.keySet().stream()
            .filter(n -> order.lines.stream().noneMatch(l -> l.lineNo == n))
            .toList();
    if (!unknown.isEmpty()) {
      throw mismatch("the order has no line " + unknown + ".");
    }

    Instant now = clock.instant();
    Map<ClaimKind, Claim> claims = new EnumMap<>(ClaimKind.class);
    for (OrderLine line : order.lines) {
      AcceptanceRequest.Line l = inspected.get(line.lineNo);
      record(actor, order, line, l.accepted(), l.shortUnits(), l.damaged(), now);
      if (l.damaged() > 0) {
        claimLine(claims, ClaimKind.RETURN, actor, order, request, line, l.damaged(), now);
      }
      if (l.shortUnits() > 0) {
        claimLine(claims, ClaimKind.CREDIT_NOTE, actor, order, request, line, l.shortUnits(), now);
      }
    }
    for (Claim claim : claims.values()) {
      PricingRule.Totals totals =
          new PricingRule.Totals(
              claim.lines.stream().mapToLong(c -> c.netAmount).sum(),
              claim.lines.stream().mapToLong(c -> c.vatAmount).sum(),
              claim.lines.stream().mapToLong(c -> c.grossAmount).sum());
      claim.netAmount = totals.net();
      claim.vatAmount = totals.vat();
      claim.grossAmount = totals.gross();
      claim.persist();
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("claim", claim.id);
      detail.put("kind", claim.kind.name());
      detail.put("units", claim.lines.stream().mapToInt(c -> c.quantity).sum());
      detail.put("gross", claim.grossAmount);
      journal.record(order, actor, CLAIM_OPENED, null, detail);
    }
    orders.transition(
        actor,
        orderId,
        new TransitionRequest(
            OrderStatus.ACCEPTED, request.description(), null, null, null, null, null, null));
    return view(order);
  }

  /** The inspection and claims of an order the actor may see. */
  @Transactional
  public AfterSalesView afterSales(Actor actor, long orderId) {
    return view(VisibleOrders.find(actor, orderId, LockModeType.NONE));
  }

  /**
   * Records a line taken over in full, for an order accepted by a plain lifecycle move (no
   * inspection sent): the take-over is on record whichever way the order was accepted.
   */
  void acceptInFull(Actor actor, CustomerOrder order) {
    if (AcceptanceLine.count("orderId", order.id) > 0) {
      return;
    }
    Instant now = clock.instant();
    for (OrderLine line : order.lines) {
      record(actor, order, line, line.quantityToShip(), 0, 0, now);
    }
  }

  private void record(
      Actor actor,
      CustomerOrder order,
      OrderLine line,
      int accepted,
      int shortUnits,
      int damaged,
      Instant now) {
    AcceptanceLine a = new AcceptanceLine();
    a.orderId = order.id;
    a.lineNo = line.lineNo;
    a.accepted = accepted;
    a.shortQuantity = shortUnits;
    a.damaged = damaged;
    a.recordedBy = actor.userId();
    a.recordedAt = now;
    a.persist();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("shipped", line.quantityToShip());
    detail.put("accepted", accepted);
    detail.put("short", shortUnits);
    detail.put("damaged", damaged);
    journal.record(order, actor, LINE_INSPECTED, line.lineNo, detail);
  }

  /**
   * Adds the claimed units of a line to the order's claim of that kind, priced at the line's
   * accepted net unit price (never today's catalog price) with VAT as the pricing rule rounds it.
   */
  private static void claimLine(
      Map<ClaimKind, Claim> claims,
      ClaimKind kind,
      Actor actor,
      CustomerOrder order,
      AcceptanceRequest request,
      OrderLine line,
      int units,
      Instant now) {
    Claim claim =
        claims.computeIfAbsent(
            kind,
            k -> {
              Claim c = new Claim();
              c.orderId = order.id;
              c.companyId = order.companyId;
              c.kind = k;
              c.status = ClaimStatus.OPEN;
              c.description = request.description();
              c.openedBy = actor.userId();
              c.openedAt = now;
              return c;
            });
    ClaimLine c = new ClaimLine();
    c.lineNo = line.lineNo;
    c.codeKey = line.codeKey;
    c.code = line.code;
    c.name = line.name;
    c.quantity = units;
    c.unitPrice = line.amounts.unitPrice;
    c.netAmount = Math.multiplyExact(line.amounts.unitPrice, (long) units);
    c.vatAmount = PricingRule.vatOf(c.netAmount);
    c.grossAmount = Math.addExact(c.netAmount, c.vatAmount);
    claim.lines.add(c);
  }

  private static Map<Integer, AcceptanceRequest.Line> byLine(List<AcceptanceRequest.Line> lines) {
    Map<Integer, AcceptanceRequest.Line> byLine = new TreeMap<>();
    for (AcceptanceRequest.Line l : lines) {
      if (byLine.put(l.lineNo(), l) != null) {
        throw mismatch("line " + l.lineNo() + " is inspected twice.");
      }
    }
    return byLine;
  }

  private static BusinessRefusal mismatch(String detail) {
    return new BusinessRefusal(Refusal.ACCEPTANCE_MISMATCH, "Inspection refused: " + detail);
  }

  static AfterSalesView view(CustomerOrder order) {
    List<AfterSalesView.Line> lines =
        AcceptanceLine.<AcceptanceLine>list("orderId = ?1 order by lineNo", order.id).stream()
            .map(a -> new AfterSalesView.Line(a.lineNo, a.accepted, a.shortQuantity, a.damaged))
            .toList();
    List<ClaimView> claims =
        Claim.<Claim>list("orderId = ?1 order by id", order.id).stream()
            .map(ClaimView::of)
            .toList();
    long credited =
        claims.stream().filter(c -> c.creditNoteNo() != null).mapToLong(ClaimView::gross).sum();
    return new AfterSalesView(
        order.id, order.grossTotal, credited, !lines.isEmpty(), lines, claims);
  }
}
