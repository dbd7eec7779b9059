package kr.catalog.api.fulfilment.acceptance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kr.catalog.api.notify.NotificationEvent;
import kr.catalog.api.notify.NotificationKind;
import kr.catalog.api.notify.Outbox;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.order.StockLocation;
import kr.catalog.api.order.StockService;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/**
 * Claims after the customer's inspection: staff decide them (the customer is notified through the
 * outbox, in the decision's transaction), the warehouse receives a return's goods back (stock
 * corrected), and a credit note with its own number is issued when the amount is credited. Every
 * change locks the order row first, then reads the claim, so two decisions on one claim are
 * serialised and the second is refused.
 */
@ApplicationScoped
public class ClaimService {

  /** Journal kind: staff approved or rejected a claim. */
  public static final String CLAIM_DECIDED = "CLAIM_DECIDED";

  /** Journal kind: a return's goods are back at the warehouse. */
  public static final String CLAIM_RECEIVED = "CLAIM_RECEIVED";

  @Inject EntityManager em;
  @Inject OrderJournal journal;
  @Inject Outbox outbox;
  @Inject StockService stock;
  @Inject Clock clock;

  /** Claims, newest first: a customer's own company's; staff all, or those in one status. */
  @Transactional
  public List<ClaimView> list(Actor actor, ClaimStatus status, int page, int size) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!actor.role().staff()) {
      where.append(" and companyId = :company");
      params.put("company", actor.companyId());
    }
    if (status != null) {
      where.append(" and status = :status");
      params.put("status", status);
    }
    return Claim.<Claim>find(where + " order by id desc", params).page(page, size).list().stream()
        .map(ClaimView::of)
        .toList();
  }

  /** One claim the actor may see. */
  @Transactional
  public ClaimView get(Actor actor, long id) {
    Claim claim = Claim.findById(id);
    if (claim == null || !actor.mayActFor(claim.companyId)) {
      throw notFound(id);
    }
    return ClaimView.of(claim);
  }

  /**
   * Approves or rejects an open claim. An approved credit note is credited at once; an approved
   * return is credited when its goods are received.
   *
   * @throws BusinessRefusal {@link Refusal#CLAIM_NOT_FOUND}, {@link Refusal#CLAIM_ALREADY_DECIDED}
   */
  @Transactional
  public ClaimView decide(Actor actor, long id, ClaimDecisionRequest request) {
    Locked locked = lock(actor, id);
    Claim claim = locked.claim();
    if (claim.status != ClaimStatus.OPEN) {
      throw new BusinessRefusal(
          Refusal.CLAIM_ALREADY_DECIDED,
          "Claim " + id + " was already decided (" + claim.status + ").");
    }
    Instant now = clock.instant();
    boolean approve = request.approve();
    claim.status = approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
    claim.decidedBy = actor.userId();
    claim.decidedAt = now;
    claim.decisionReason = request.reason().strip();
    if (approve && claim.kind == ClaimKind.CREDIT_NOTE) {
      credit(claim, now);
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("claim", claim.id);
    detail.put("kind", claim.kind.name());
    detail.put("approved", approve);
    detail.put("reason", claim.decisionReason);
    if (claim.creditNoteNo != null) {
      detail.put("creditNote", claim.creditNoteNo);
      detail.put("gross", claim.grossAmount);
    }
    journal.record(locked.order(), actor, CLAIM_DECIDED, null, detail);
    outbox.enqueue(
        new NotificationEvent(
            NotificationKind.CLAIM_DECIDED,
            "claim-" + claim.id + "-decided",
            claim.companyId,
            claim.orderId,
            "클레임 " + claim.id,
            "Claim " + claim.id,
            decisionKo(claim),
            decisionEn(claim)));
    return ClaimView.of(claim);
  }

  /**
   * The warehouse received an approved return's goods: they are back on hand at the warehouse and
   * the return is credited.
   *
   * @throws BusinessRefusal {@link Refusal#CLAIM_NOT_FOUND}, {@link Refusal#CLAIM_NOT_RECEIVABLE}
   *     when the claim is not an approved return still to receive
   */
  @Transactional
  public ClaimView receive(Actor actor, long id) {
    Locked locked = lock(actor, id);
    Claim claim = locked.claim();
    if (claim.kind != ClaimKind.RETURN || claim.status != ClaimStatus.APPROVED) {
      throw new BusinessRefusal(
          Refusal.CLAIM_NOT_RECEIVABLE,
          "Claim "
              + id
              + " is a "
              + claim.kind
              + " claim in status "
              + claim.status
              + "; only an approved return is received.");
    }
    SortedMap<String, Long> units = new TreeMap<>();
    for (ClaimLine line : claim.lines) {
      units.merge(line.codeKey, (long) line.quantity, Long::sum);
    }
    // Returns come back to the central warehouse, where the delivery left from: a unit beyond
    // repair is then written off by the next count there, like any other stock correction.
    stock.restock(StockLocation.WAREHOUSE, units);
    Instant now = clock.instant();
    claim.status = ClaimStatus.RECEIVED;
    claim.receivedBy = actor.userId();
    claim.receivedAt = now;
    credit(claim, now);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("claim", claim.id);
    detail.put("units", units.values().stream().mapToLong(Long::longValue).sum());
    detail.put("location", StockLocation.WAREHOUSE);
    detail.put("creditNote", claim.creditNoteNo);
    detail.put("gross", claim.grossAmount);
    journal.record(locked.order(), actor, CLAIM_RECEIVED, null, detail);
    return ClaimView.of(claim);
  }

  private record Locked(CustomerOrder order, Claim claim) {}

  /** Locks the claim's order, then loads the claim fresh (after the lock, so never stale). */
  private Locked lock(Actor actor, long id) {
    List<Object[]> keys =
        em.createQuery(
                "select c.orderId, c.companyId from Claim c where c.id = :id", Object[].class)
            .setParameter("id", id)
            .getResultList();
    if (keys.isEmpty() || !actor.mayActFor((Long) keys.get(0)[1])) {
      throw notFound(id);
    }
    CustomerOrder order =
        CustomerOrder.findById((Long) keys.get(0)[0], LockModeType.PESSIMISTIC_WRITE);
    Claim claim = Claim.findById(id);
    return new Locked(order, claim);
  }

  /** The credit note: its own document, numbered after the claim, for the claim's gross amount. */
  private static void credit(Claim claim, Instant now) {
    claim.creditNoteNo = String.format(Locale.ROOT, "CN-%06d", claim.id);
    claim.creditedAt = now;
  }

  private static BusinessRefusal notFound(long id) {
    return new BusinessRefusal(Refusal.CLAIM_NOT_FOUND, "No claim has the id " + id + ".");
  }

  private static String decisionKo(Claim claim) {
    StringBuilder sb = new StringBuilder();
    sb.append(claim.kind == ClaimKind.RETURN ? "반품" : "미배송분 환불")
        .append(" 요청이 ")
        .append(claim.status == ClaimStatus.REJECTED ? "반려" : "승인")
        .append("되었습니다. 사유: ")
        .append(claim.decisionReason);
    if (claim.creditNoteNo != null) {
      sb.append(" / 크레디트 노트 ")
          .append(claim.creditNoteNo)
          .append(": ")
          .append(won(claim.grossAmount, Locale.KOREA))
          .append("원");
    } else if (claim.status == ClaimStatus.APPROVED) {
      sb.append(" / 파손 물품을 회수한 뒤 환불됩니다.");
    }
    return sb.toString();
  }

  private static String decisionEn(Claim claim) {
    StringBuilder sb = new StringBuilder();
    sb.append(claim.kind == ClaimKind.RETURN ? "The return" : "The credit for missing goods")
        .append(" was ")
        .append(claim.status == ClaimStatus.REJECTED ? "rejected" : "approved")
        .append(". Reason: ")
        .append(claim.decisionReason);
    if (claim.creditNoteNo != null) {
      sb.append(" / Credit note ")
          .append(claim.creditNoteNo)
          .append(": KRW ")
          .append(won(claim.grossAmount, Locale.ENGLISH));
    } else if (claim.status == ClaimStatus.APPROVED) {
      sb.append(" / Credited once the damaged goods are collected.");
    }
    return sb.toString();
  }

  static String won(long amount, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(amount);
  }
}
