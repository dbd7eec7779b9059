package kr.catalog.api.fulfilment.pickup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kr.catalog.api.fulfilment.VisibleOrders;
import kr.catalog.api.notify.NotificationEvent;
import kr.catalog.api.notify.NotificationKind;
import kr.catalog.api.notify.Outbox;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.Fulfilment;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.StockLocation;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/**
 * Issues, shows and checks pickup codes. A wrong code is counted and journalled in a transaction of
 * its own, committed before the handover is refused: the refusal rolls the move back, the count and
 * the trail of the try stay.
 */
@ApplicationScoped
public class PickupCodeService {

  /** Journal kind: a pickup code issued (the code itself is never journalled). */
  public static final String ISSUED = "PICKUP_CODE_ISSUED";

  /** Journal kind: a wrong code typed at the counter. */
  public static final String REJECTED = "PICKUP_CODE_REJECTED";

  /** Journal kind: the right code typed at the counter; the goods are handed over. */
  public static final String ACCEPTED = "PICKUP_CODE_ACCEPTED";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject OrderJournal journal;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** The code of an order of the customer's own company. */
  @Transactional
  public PickupCodeView forCustomer(Actor actor, long orderId) {
    CustomerOrder order = VisibleOrders.find(actor, orderId, LockModeType.NONE);
    PickupCode code = PickupCode.findById(order.id);
    if (code == null) {
      throw new BusinessRefusal(
          Refusal.PICKUP_CODE_NOT_FOUND,
          "Order " + orderId + " has no pickup code: it is " + order.status + ".");
    }
    return view(order, code, true);
  }

  /**
   * Staff issue a new code for an order waiting at the counter (the old one lost or locked); the
   * customer is told through the outbox. The answer does not carry the code.
   */
  @Transactional
  public PickupCodeView reissue(Actor actor, long orderId) {
    CustomerOrder order = VisibleOrders.find(actor, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order.fulfilment != Fulfilment.PICKUP || order.status != OrderStatus.READY_FOR_PICKUP) {
      throw new BusinessRefusal(
          Refusal.ILLEGAL_TRANSITION,
          "Order "
              + orderId
              + " is a "
              + order.fulfilment
              + " order in "
              + order.status
              + "; a pickup code is issued only while it waits at the counter.");
    }
    PickupCode code = issue(actor, order);
    outbox.enqueue(
        new NotificationEvent(
            NotificationKind.ORDER_READY_FOR_PICKUP,
            "order-" + order.id + "-pickup-code-" + code.issuedAt.toEpochMilli(),
            order.companyId,
            order.id,
            "주문 " + order.id,
            "Order " + order.id,
            sentenceKo(order, code),
            sentenceEn(order, code)));
    return view(order, code, false);
  }

  /** A new random code for the order (replacing any earlier one), in the caller's transaction. */
  PickupCode issue(Actor actor, CustomerOrder order) {
    PickupCode code = PickupCode.findById(order.id, LockModeType.PESSIMISTIC_WRITE);
    boolean reissued = code != null;
    if (code == null) {
      code = new PickupCode();
      code.orderId = order.id;
    }
    code.code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
    code.issuedAt = clock.instant();
    code.issuedBy = actor.userId();
    code.wrongTries = 0;
    code.usedAt = null;
    if (!reissued) {
      code.persist();
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("reissued", reissued);
    detail.put("store", storeName(order));
    journal.record(order, actor, ISSUED, null, detail);
    return code;
  }

  /**
   * Checks the code typed at the counter for the handover (READY_FOR_PICKUP to PICKED_UP), in the
   * move's transaction.
   *
   * @throws InvalidParameterException when no code was typed
   * @throws BusinessRefusal {@link Refusal#PICKUP_CODE_WRONG} (counted and journalled), {@link
   *     Refusal#PICKUP_CODE_LOCKED} after {@value PickupCode#MAX_WRONG_TRIES} wrong tries
   */
  void checkAtCounter(Actor actor, CustomerOrder order, String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidParameterException(
          "pickupCode", "the customer's 6-digit pickup code is required to hand the goods over");
    }
    String digits = typed.strip();
    // Its own transaction: the refusal below rolls the move back, the try must stay counted.
    Integer wrongTries =
        QuarkusTransaction.requiringNew().call(() -> countTry(actor, order, digits));
    if (wrongTries == null) {
      PickupCode code = PickupCode.findById(order.id);
      code.usedAt = clock.instant();
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("store", storeName(order));
      journal.record(order, actor, ACCEPTED, null, detail);
      return;
    }
    if (wrongTries >= PickupCode.MAX_WRONG_TRIES) {
      throw new BusinessRefusal(
          Refusal.PICKUP_CODE_LOCKED,
          "The pickup code of order "
              + order.id
              + " is locked after "
              + PickupCode.MAX_WRONG_TRIES
              + " wrong tries; staff must issue a new one.");
    }
    throw new BusinessRefusal(
        Refusal.PICKUP_CODE_WRONG,
        "Wrong pickup code for order "
            + order.id
            + " at "
            + storeName(order)
            + "; "
            + (PickupCode.MAX_WRONG_TRIES - wrongTries)
            + " tries left.");
  }

  /** Null when the code is right; else the wrong tries so far (this one included if counted). */
  private Integer countTry(Actor actor, CustomerOrder order, String digits) {
    PickupCode code = PickupCode.findById(order.id, LockModeType.PESSIMISTIC_WRITE);
    if (code == null) {
      throw new BusinessRefusal(
          Refusal.PICKUP_CODE_NOT_FOUND, "Order " + order.id + " has no pickup code.");
    }
    if (code.locked()) {
      return code.wrongTries;
    }
    if (MessageDigest.isEqual(
        code.code.getBytes(StandardCharsets.US_ASCII),
        digits.getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    code.wrongTries++;
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("tries", code.wrongTries);
    detail.put("left", Math.max(0, PickupCode.MAX_WRONG_TRIES - code.wrongTries));
    detail.put("store", storeName(order));
    journal.record(order, actor, REJECTED, null, detail);
    return code.wrongTries;
  }

  /** The pickup code and where to show it, for the ready-for-pickup notification. */
  String notificationKo(long orderId) {
    CustomerOrder order = CustomerOrder.findById(orderId);
    PickupCode code = PickupCode.findById(orderId);
    return code == null ? null : sentenceKo(order, code);
  }

  String notificationEn(long orderId) {
    CustomerOrder order = CustomerOrder.findById(orderId);
    PickupCode code = PickupCode.findById(orderId);
    return code == null ? null : sentenceEn(order, code);
  }

  private static String sentenceKo(CustomerOrder order, PickupCode code) {
    return "픽업 코드 " + code.code + " — " + storeName(order) + " 카운터에서 알려 주세요.";
  }

  private static String sentenceEn(CustomerOrder order, PickupCode code) {
    return "Pickup code " + code.code + ": tell it at the counter of " + storeName(order) + ".";
  }

  static String storeName(CustomerOrder order) {
    StockLocation l = StockLocation.findById(order.stockLocation);
    return l == null ? order.stockLocation : l.name;
  }

  private static PickupCodeView view(CustomerOrder order, PickupCode code, boolean withCode) {
    StockLocation l = StockLocation.findById(order.stockLocation);
    return new PickupCodeView(
        order.id,
        withCode ? code.code : null,
        order.stockLocation,
        l == null ? order.stockLocation : l.name,
        l == null ? null : l.address,
        code.issuedAt,
        code.wrongTries,
        code.locked(),
        code.usedAt);
  }
}
