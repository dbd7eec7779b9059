package kr.catalog.api.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.refusal.UnprocessableException;
import kr.catalog.api.security.Actor;
import kr.catalog.model.Product;

/** Creates, changes and deletes merchandising rules; every change is audited in its transaction. */
@ApplicationScoped
public class MerchandisingService {

  /** Smallest BURY factor and largest BOOST factor. */
  static final BigDecimal MIN_FACTOR = new BigDecimal("0.01");

  static final BigDecimal MAX_FACTOR = new BigDecimal("100");

  @Inject CatalogView catalog;
  @Inject AuditTrail audit;
  @Inject Event<CurationChanged> changed;
  @Inject Clock clock;

  /** A new rule (the caller checked the role). */
  @Transactional
  public RuleView create(Actor actor, RuleRequest request) {
    MerchandisingRule r = new MerchandisingRule();
    Instant now = clock.instant();
    r.createdBy = actor.userId();
    r.createdAt = now;
    apply(r, request, now);
    refuseConflicts(r);
    r.persistAndFlush();
    RuleView after = RuleView.of(r, catalog, now);
    audit.record(
        actor, CurationAudit.EntityType.RULE, r.id, CurationAudit.Action.CREATE, null, after);
    changed.fire(new CurationChanged());
    return after;
  }

  /** Replaces the state of a rule. */
  @Transactional
  public RuleView update(Actor actor, long id, RuleRequest request) {
    MerchandisingRule r = find(id);
    if (request.version() != null && request.version() != r.version) {
      throw new BusinessRefusal(
          Refusal.STALE_VERSION,
          "Rule #"
              + id
              + " was changed meanwhile (version "
              + r.version
              + ", you edited "
              + request.version()
              + "). Reload it and apply your change again.");
    }
    Instant now = clock.instant();
    RuleView before = RuleView.of(r, catalog, now);
    apply(r, request, now);
    refuseConflicts(r);
    r.persistAndFlush();
    RuleView after = RuleView.of(r, catalog, now);
    audit.record(
        actor, CurationAudit.EntityType.RULE, id, CurationAudit.Action.UPDATE, before, after);
    changed.fire(new CurationChanged());
    return after;
  }

  /** Deletes a rule. */
  @Transactional
  public void delete(Actor actor, long id) {
    MerchandisingRule r = find(id);
    RuleView before = RuleView.of(r, catalog, clock.instant());
    r.delete();
    audit.record(
        actor, CurationAudit.EntityType.RULE, id, CurationAudit.Action.DELETE, before, null);
    changed.fire(new CurationChanged());
  }

  /** One rule. */
  @Transactional
  public RuleView get(long id) {
    return RuleView.of(find(id), catalog, clock.instant());
  }

  /** Every rule, newest first. */
  @Transactional
  public List<RuleView> all() {
    Instant now = clock.instant();
    return MerchandisingRule.<MerchandisingRule>list("order by id desc").stream()
        .map(r -> RuleView.of(r, catalog, now))
        .toList();
  }

  private static MerchandisingRule find(long id) {
    MerchandisingRule r = MerchandisingRule.findById(id);
    if (r == null) {
      throw new BusinessRefusal(
          Refusal.RULE_NOT_FOUND, "No merchandising rule has the id " + id + ".");
    }
    return r;
  }

  /** Checks the request and copies it onto the entity. */
  private void apply(MerchandisingRule r, RuleRequest q, Instant now) {
    String query = q.query() == null || q.query().isBlank() ? null : q.query().strip();
    String category = q.category() == null || q.category().isBlank() ? null : q.category().strip();
    if (query == null && category == null) {
      throw new InvalidParameterException("query", "give a query, a category, or both");
    }
    if (!q.endsAt().isAfter(q.startsAt())) {
      throw new InvalidParameterException("endsAt", "must be after startsAt");
    }
    switch (q.action()) {
      case PIN -> {
        if (q.position() == null) {
          throw new InvalidParameterException("position", "is required to PIN");
        }
        noFactor(q);
      }
      case BOOST -> {
        noPosition(q);
        factor(q, true);
      }
      case BURY -> {
        noPosition(q);
        factor(q, false);
      }
      case HIDE -> {
        noPosition(q);
        noFactor(q);
      }
    }
    if (category != null && catalog.category(category).isEmpty()) {
      throw UnprocessableException.of("category", "no category has the id " + category);
    }
    Optional<Product> product = catalog.product(q.product());
    if (product.isEmpty()) {
      throw UnprocessableException.of("product", "no product has the code " + q.product());
    }
    if (product.get().discontinued()) {
      throw UnprocessableException.of("product", q.product() + " is discontinued");
    }
    r.queryText = query;
    r.queryKey = query == null ? null : QueryKey.of(query);
    r.categoryId = category;
    r.action = q.action();
    r.position = q.action() == RuleAction.PIN ? q.position() : null;
    r.factor = q.factor() == null ? null : q.factor().setScale(2);
    r.codeKey = product.get().codeKey();
    r.startsAt = q.startsAt();
    r.endsAt = q.endsAt();
    r.note = q.note() == null || q.note().isBlank() ? null : q.note().strip();
    r.updatedAt = now;
  }

  private static void noPosition(RuleRequest q) {
    if (q.position() != null) {
      throw new InvalidParameterException("position", "is only for PIN");
    }
  }

  private static void noFactor(RuleRequest q) {
    if (q.factor() != null) {
      throw new InvalidParameterException("factor", "is only for BOOST and BURY");
    }
  }

  private static void factor(RuleRequest q, boolean boost) {
    BigDecimal f = q.factor();
    if (f == null) {
      throw new InvalidParameterException("factor", "is required to " + q.action());
    }
    if (f.stripTrailingZeros().scale() > 2) {
      throw new InvalidParameterException("factor", "must have at most two decimals");
    }
    if (boost && (f.compareTo(BigDecimal.ONE) <= 0 || f.compareTo(MAX_FACTOR) > 0)) {
      throw new InvalidParameterException("factor", "must be above 1 and at most 100 to BOOST");
    }
    if (!boost && (f.compareTo(MIN_FACTOR) < 0 || f.compareTo(BigDecimal.ONE) >= 0)) {
      throw new InvalidParameterException("factor", "must be from 0.01 up to below 1 to BURY");
    }
  }

  /**
   * Refuses a rule that repeats another in an overlapping window: the same target (query and
   * category) and product, or a pin at a position another product holds for that target.
   */
  private static void refuseConflicts(MerchandisingRule r) {
    List<MerchandisingRule> candidates =
        r.position == null
            ? MerchandisingRule.list("codeKey", r.codeKey)
            : MerchandisingRule.list("codeKey = ?1 or position = ?2", r.codeKey, r.position);
    for (MerchandisingRule other : candidates) {
      if (Objects.equals(other.id, r.id)
          || !Objects.equals(other.queryKey, r.queryKey)
          || !Objects.equals(other.categoryId, r.categoryId)
          || !other.startsAt.isBefore(r.endsAt)
          || !r.startsAt.isBefore(other.endsAt)) {
        continue;
      }
      if (other.codeKey.equals(r.codeKey)) {
        throw new BusinessRefusal(
            Refusal.RULE_OVERLAP,
            "Rule #"
                + other.id
                + " already "
                + other.action
                + "s this product for the same query/category in an overlapping window; change"
                + " or delete it instead.");
      }
      if (r.action == RuleAction.PIN
          && other.action == RuleAction.PIN
          && other.position.equals(r.position)) {
        throw new BusinessRefusal(
            Refusal.PIN_POSITION_TAKEN,
            "Rule #"
                + other.id
                + " already pins another product at position "
                + r.position
                + " for the same query/category in an overlapping window.");
      }
    }
  }
}
