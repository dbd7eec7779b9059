package kr.catalog.api.fulfilment.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.order.TransitionRequest;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/**
 * Delivery classification: postal-code prefix rules to region and partner. The longest prefix that
 * starts the order's postal code wins (a {@code 173} rule for Icheon beats the {@code 17} rule for
 * southern Gyeonggi). The rules are proposed at PACKING -> DELIVERY_CLASSIFIED and applied unless
 * the request chooses otherwise; an override is journalled next to the rule's proposal.
 */
@ApplicationScoped
public class DeliveryRules {

  @Inject OrderJournal journal;

  /** A rule as read and written through the API. */
  public record Rule(String prefix, String region, String partner) {}

  /**
   * What the rules say for an order.
   *
   * @param orderId the order
   * @param postalCode its postal code, null when it has none
   * @param proposal the rule that matches, null when none does
   * @param region the region applied so far (null before classification)
   * @param partner the partner applied so far
   */
  public record Classification(
      long orderId, String postalCode, Rule proposal, String region, String partner) {}

  /** Every rule, by prefix. */
  @Transactional
  public List<Rule> all() {
    return DeliveryRule.<DeliveryRule>list("order by prefix").stream()
        .map(DeliveryRules::of)
        .toList();
  }

  /**
   * Replaces the rule table.
   *
   * @throws InvalidParameterException naming a rule whose prefix appears twice
   */
  @Transactional
  public List<Rule> replace(List<Rule> rules) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      if (!seen.add(rules.get(i).prefix())) {
        throw new InvalidParameterException(
            "[" + i + "].prefix", "the prefix " + rules.get(i).prefix() + " appears twice");
      }
    }
    DeliveryRule.deleteAll();
    DeliveryRule.flush();
    for (Rule r : rules) {
      DeliveryRule row = new DeliveryRule();
      row.prefix = r.prefix();
      row.region = r.region().strip();
      row.partner = r.partner().strip();
      row.persist();
    }
    return all();
  }

  /** The rule with the longest prefix of this postal code. */
  public Optional<Rule> match(String postalCode) {
    if (postalCode == null) {
      return Optional.empty();
    }
    List<String> prefixes = new java.util.ArrayList<>();
    for (int n = postalCode.length(); n >= 1; n--) {
      prefixes.add(postalCode.substring(0, n));
    }
    return DeliveryRule.<DeliveryRule>list("prefix in ?1", prefixes).stream()
        .max(java.util.Comparator.comparingInt(r -> r.prefix.length()))
        .map(DeliveryRules::of);
  }

  /** The proposal for an order the actor may see. */
  @Transactional
  public Classification classification(Actor actor, long orderId) {
    CustomerOrder order = OutboundOrders.visible(actor, orderId, LockModeType.NONE);
    return new Classification(
        order.id,
        order.deliveryPostalCode,
        match(order.deliveryPostalCode).orElse(null),
        order.region,
        order.deliveryPartner);
  }

  /**
   * Applies region and partner at PACKING -> DELIVERY_CLASSIFIED: the request's where it gives
   * them, the rule's otherwise; journals both.
   *
   * @throws BusinessRefusal {@link Refusal#NO_DELIVERY_RULE} when no rule covers the order and the
   *     request leaves region or partner open
   */
  void classify(Actor actor, CustomerOrder order, TransitionRequest request) {
    Optional<Rule> rule = match(order.deliveryPostalCode);
    String region = blankToNull(request.region());
    String partner = blankToNull(request.partner());
    if (rule.isEmpty() && (region == null || partner == null)) {
      throw new BusinessRefusal(
              Refusal.NO_DELIVERY_RULE,
              (order.deliveryPostalCode == null
                      ? "Order " + order.id + " has no postal code"
                      : "No delivery rule covers the postal code " + order.deliveryPostalCode)
                  + "; give region and partner to classify it.")
          .with("postalCode", order.deliveryPostalCode);
    }
    order.region = region != null ? region : rule.get().region();
    order.deliveryPartner = partner != null ? partner : rule.get().partner();
    boolean overridden =
        rule.isPresent()
            && (!order.region.equals(rule.get().region())
                || !order.deliveryPartner.equals(rule.get().partner()));
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("postalCode", order.deliveryPostalCode);
    rule.ifPresent(
        r -> {
          detail.put("rulePrefix", r.prefix());
          detail.put("proposedRegion", r.region());
          detail.put("proposedPartner", r.partner());
        });
    detail.put("region", order.region);
    detail.put("partner", order.deliveryPartner);
    detail.put("overridden", overridden);
    journal.record(order, actor, OutboundKinds.DELIVERY_CLASSIFIED, null, detail);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Rule of(DeliveryRule r) {
    return new Rule(r.prefix, r.region, r.partner);
  }
}
