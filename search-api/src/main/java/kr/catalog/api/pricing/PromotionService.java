package kr.catalog.api.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.catalog.api.catalog.SignalsChanged;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.security.Actor;
import kr.catalog.model.Product;

/** Promotions marketing runs, and the active percentage the pricing rule reads. */
@ApplicationScoped
public class PromotionService {

  @Inject Event<SignalsChanged> signalsChanged;

  /** Starts a promotion on a product (the caller checked the role). */
  @Transactional
  public Promotion create(
      Actor actor, Product product, String name, int percentOff, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new InvalidParameterException("endsOn", "must not be before startsOn");
    }
    Promotion p = new Promotion();
    p.codeKey = product.codeKey();
    p.name = name;
    p.percentOff = percentOff;
    p.startsOn = from;
    p.endsOn = to;
    p.createdBy = actor.userId();
    p.createdAt = Instant.now();
    p.persist();
    // One running today discounts the product at once; a later one is picked up by the daily check
    // of promotion windows (PromotionWindows).
    signalsChanged.fire(SignalsChanged.of(p.codeKey));
    return p;
  }

  /**
   * Percentage off per code key of the promotions running on {@code day}. When two promotions on
   * one product overlap, the larger one applies (they never stack).
   */
  @Transactional
  public Map<String, Integer> activeOn(LocalDate day) {
    List<Promotion> running = Promotion.list("startsOn <= ?1 and endsOn >= ?1", day);
    Map<String, Integer> best = new HashMap<>();
    for (Promotion p : running) {
      best.merge(p.codeKey, p.percentOff, Math::max);
    }
    return best;
  }

  /**
   * The promotion that applies per code key on {@code day}: the largest running one (the lowest id
   * among equals), for the products asked about.
   */
  @Transactional
  public Map<String, Discount> bestOn(LocalDate day, java.util.Collection<String> codeKeys) {
    if (codeKeys.isEmpty()) {
      return Map.of();
    }
    List<Promotion> running =
        Promotion.list(
            "startsOn <= ?1 and endsOn >= ?1 and codeKey in ?2 order by id", day, codeKeys);
    Map<String, Discount> best = new HashMap<>();
    for (Promotion p : running) {
      best.merge(
          p.codeKey, Discount.promotion(p.id, p.percentOff), (old, next) -> old.orLarger(next));
    }
    return best;
  }

  /**
   * The products whose promotions start or end between two days: started after {@code from} and by
   * {@code to}, or ended (last day) on or after {@code from} and before {@code to}. Their discount
   * flag may have changed when the day turned from {@code from} to {@code to}.
   */
  @Transactional
  public Set<String> windowChangesBetween(LocalDate from, LocalDate to) {
    List<Promotion> changed =
        Promotion.list(
            "(startsOn > ?1 and startsOn <= ?2) or (endsOn >= ?1 and endsOn < ?2)", from, to);
    return changed.stream().map(p -> p.codeKey).collect(Collectors.toSet());
  }

  /** Promotions running on {@code day} or later, soonest first. */
  @Transactional
  public List<Promotion> currentAndFuture(LocalDate day) {
    return Promotion.list("endsOn >= ?1 order by startsOn, id", day);
  }
}
