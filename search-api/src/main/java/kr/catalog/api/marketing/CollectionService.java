package kr.catalog.api.marketing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.refusal.UnprocessableException;
import kr.catalog.api.search.SearchParams;
import kr.catalog.api.security.Actor;
import kr.catalog.model.Product;

/** Creates, changes and deletes collections; every change is audited in its transaction. */
@ApplicationScoped
public class CollectionService {

  @Inject CatalogView catalog;
  @Inject AuditTrail audit;
  @Inject Validator validator;
  @Inject ObjectMapper json;
  @Inject CurationCache cache;
  @Inject Event<CurationChanged> changed;
  @Inject Clock clock;

  /** A new collection (the caller checked the role). */
  @Transactional
  public CollectionView create(Actor actor, CollectionRequest request) {
    Checked checked = check(request);
    if (PromoCollection.count("slug", request.slug()) > 0) {
      throw new BusinessRefusal(
          Refusal.SLUG_TAKEN, "A collection with the slug " + request.slug() + " exists.");
    }
    Instant now = clock.instant();
    PromoCollection c = new PromoCollection();
    c.createdBy = actor.userId();
    c.createdAt = now;
    apply(c, request, checked, now);
    c.persistAndFlush();
    CollectionView after = view(c, now);
    audit.record(
        actor, CurationAudit.EntityType.COLLECTION, c.id, CurationAudit.Action.CREATE, null, after);
    changed.fire(new CurationChanged());
    return after;
  }

  /** Replaces the state of the collection with this slug (the request may rename it). */
  @Transactional
  public CollectionView update(Actor actor, String slug, CollectionRequest request) {
    PromoCollection c = find(slug);
    if (request.version() != null && request.version() != c.version) {
      throw new BusinessRefusal(
          Refusal.STALE_VERSION,
          "Collection "
              + slug
              + " was changed meanwhile (version "
              + c.version
              + ", you edited "
              + request.version()
              + "). Reload it and apply your change again.");
    }
    Checked checked = check(request);
    if (!request.slug().equals(slug) && PromoCollection.count("slug", request.slug()) > 0) {
      throw new BusinessRefusal(
          Refusal.SLUG_TAKEN, "A collection with the slug " + request.slug() + " exists.");
    }
    Instant now = clock.instant();
    CollectionView before = view(c, now);
    apply(c, request, checked, now);
    c.persistAndFlush();
    CollectionView after = view(c, now);
    audit.record(
        actor,
        CurationAudit.EntityType.COLLECTION,
        c.id,
        CurationAudit.Action.UPDATE,
        before,
        after);
    changed.fire(new CurationChanged());
    return after;
  }

  /** Deletes the collection with this slug. */
  @Transactional
  public void delete(Actor actor, String slug) {
    PromoCollection c = find(slug);
    CollectionView before = view(c, clock.instant());
    long id = c.id;
    c.delete();
    audit.record(
        actor, CurationAudit.EntityType.COLLECTION, id, CurationAudit.Action.DELETE, before, null);
    changed.fire(new CurationChanged());
  }

  /** One collection, whatever its status. */
  @Transactional
  public CollectionView get(String slug) {
    return view(find(slug), clock.instant());
  }

  /** Every collection (scheduled, active and ended), latest start first. */
  @Transactional
  public List<CollectionView> all() {
    Instant now = clock.instant();
    return PromoCollection.<PromoCollection>listAll().stream()
        .sorted(
            Comparator.comparing((PromoCollection c) -> c.startsAt)
                .reversed()
                .thenComparing(c -> c.slug))
        .map(c -> view(c, now))
        .toList();
  }

  private PromoCollection find(String slug) {
    // A string that cannot be a slug names no collection; it never reaches the database (a NUL
    // byte, say, which PostgreSQL refuses in text).
    if (slug == null || slug.length() > 64 || !SLUG_SYNTAX.matcher(slug).matches()) {
      throw new BusinessRefusal(Refusal.COLLECTION_NOT_FOUND, "No collection has this slug.");
    }
    return PromoCollection.<PromoCollection>find("slug", slug)
        .firstResultOptional()
        .orElseThrow(
            () ->
                new BusinessRefusal(
                    Refusal.COLLECTION_NOT_FOUND, "No collection has the slug " + slug + "."));
  }

  private static final java.util.regex.Pattern SLUG_SYNTAX =
      java.util.regex.Pattern.compile(CollectionRequest.SLUG);

  private CollectionView view(PromoCollection c, Instant now) {
    return CollectionView.of(c, cache.rule(c.ruleJson), catalog, now);
  }

  private record Checked(List<String> codeKeys, SavedSearch rule) {}

  /** Checks what Bean Validation cannot: windows, product codes, the saved search. */
  private Checked check(CollectionRequest r) {
    if (!r.endsAt().isAfter(r.startsAt())) {
      throw new InvalidParameterException("endsAt", "must be after startsAt");
    }
    List<String> products = r.products() == null ? List.of() : r.products();
    if (products.isEmpty() && r.rule() == null) {
      throw new InvalidParameterException(
          "products", "give products picked by hand, a rule, or both");
    }
    List<String> keys = new ArrayList<>();
    List<UnprocessableException.Field> unknown = new ArrayList<>();
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < products.size(); i++) {
      String code = products.get(i);
      String field = "products[" + i + "]";
      Optional<Product> product = catalog.product(code);
      if (product.isEmpty()) {
        unknown.add(new UnprocessableException.Field(field, "no product has the code " + code));
        continue;
      }
      if (product.get().discontinued()) {
        unknown.add(new UnprocessableException.Field(field, code + " is discontinued"));
        continue;
      }
      Integer earlier = firstAt.putIfAbsent(product.get().codeKey(), i);
      if (earlier != null) {
        throw new InvalidParameterException(
            field, code + " is already listed at products[" + earlier + "]");
      }
      keys.add(product.get().codeKey());
    }
    if (!unknown.isEmpty()) {
      throw new UnprocessableException(
          "Unknown or discontinued products: "
              + String.join(
                  ", ", unknown.stream().map(UnprocessableException.Field::name).toList()),
          unknown);
    }
    return new Checked(keys, r.rule() == null ? null : checkRule(r.rule()));
  }

  /** A saved search passes the checks of {@code /api/search} and names existing things. */
  private SavedSearch checkRule(SavedSearch rule) {
    SearchParams params = rule.toParams();
    Optional<ConstraintViolation<SearchParams>> invalid =
        validator.validate(params).stream().findFirst();
    if (invalid.isPresent()) {
      // The first node is the parameter (category), deeper ones its element.
      String name = invalid.get().getPropertyPath().iterator().next().getName();
      throw new InvalidParameterException("rule." + name, invalid.get().getMessage());
    }
    try {
      params.toQuery();
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException("rule." + e.parameter(), e.getMessage());
    }
    if (rule.matchesEverything()) {
      throw new InvalidParameterException(
          "rule", "must restrict something (text, a filter or a price bound)");
    }
    List<UnprocessableException.Field> unknown = new ArrayList<>();
    rule.category().stream()
        .filter(id -> catalog.category(id).isEmpty())
        .forEach(
            id ->
                unknown.add(
                    new UnprocessableException.Field("rule.category", "no category " + id)));
    rule.maker().stream()
        .filter(id -> catalog.maker(id).isEmpty())
        .forEach(
            id -> unknown.add(new UnprocessableException.Field("rule.maker", "no maker " + id)));
    if (!unknown.isEmpty()) {
      throw new UnprocessableException("Unknown categories or makers in the rule", unknown);
    }
    return new SavedSearch(
        rule.q() == null || rule.q().isBlank() ? null : rule.q().strip(),
        rule.category(),
        rule.maker(),
        rule.origin(),
        rule.brand(),
        rule.flag(),
        rule.priceMin(),
        rule.priceMax());
  }

  private void apply(PromoCollection c, CollectionRequest r, Checked checked, Instant now) {
    c.slug = r.slug();
    c.type = r.type();
    c.titleKo = r.titleKo().strip();
    c.titleEn = blankToNull(r.titleEn());
    c.description = blankToNull(r.description());
    c.startsAt = r.startsAt();
    c.endsAt = r.endsAt();
    c.codeKeys.clear();
    c.codeKeys.addAll(checked.codeKeys());
    c.ruleJson = checked.rule() == null ? null : write(checked.rule());
    c.discountPercent = r.discountPercent();
    c.updatedAt = now;
  }

  private String write(SavedSearch rule) {
    try {
      return json.writeValueAsString(rule);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a collection rule", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
