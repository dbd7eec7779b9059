package kr.catalog.api.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.api.marketing.CurationCache.CollectionEntry;
import kr.catalog.api.marketing.CurationCache.RuleEntry;
import kr.catalog.api.search.SearchCuration;
import kr.catalog.search.Curation.CuratedCollection;
import kr.catalog.search.Curation.Merchandising;
import kr.catalog.search.SearchQuery;

/**
 * Turns the cached collections and rules into the {@link Curation} of one search at one instant.
 * Pure computation over the {@link CurationCache} snapshot: no database query.
 *
 * <p>Which rules apply to a search:
 *
 * <ul>
 *   <li>a rule with a query applies when the search text has the same {@link QueryKey} (and, if the
 *       rule also names a category, the search filters by that category);
 *   <li>a rule with only a category applies when browsing (blank text) filtered by that category,
 *       so a category pin never drags an unrelated product into a text search.
 * </ul>
 *
 * When rules disagree, the newest rule (highest id) wins: HIDE beats anything else for its product;
 * a product gets at most one pin and one factor; a position holds at most one product.
 */
@ApplicationScoped
public class Curations implements SearchCuration {

  @Inject CurationCache cache;

  /**
   * The merchandising of one search, with the rule behind each decision (for "why is this product
   * here").
   *
   * @param merchandising what the backend applies
   * @param pinnedBy code key to the rule that pinned it
   * @param factorBy code key to the rule that boosted or buried it
   * @param hiddenBy code key to the rule that hid it
   * @param overridden rules that applied to the search but lost to a newer rule
   */
  public record Plan(
      Merchandising merchandising,
      Map<String, RuleEntry> pinnedBy,
      Map<String, RuleEntry> factorBy,
      Map<String, RuleEntry> hiddenBy,
      List<RuleEntry> overridden) {

    static final Plan NONE = new Plan(Merchandising.NONE, Map.of(), Map.of(), Map.of(), List.of());
  }

  @Override
  public List<CuratedCollection> activeCollections(Instant now) {
    return cache.current().activeAt(now).stream().map(Curations::curated).toList();
  }

  @Override
  public Merchandising merchandising(SearchQuery query, Instant now) {
    return plan(query, now).merchandising();
  }

  /** A collection as search sees it. */
  public static CuratedCollection curated(CollectionEntry c) {
    return new CuratedCollection(c.slug(), c.titleKo(), c.codeKeys(), c.ruleQuery());
  }

  /** The rules active at this instant that apply to this search, resolved into one plan. */
  public Plan plan(SearchQuery query, Instant now) {
    String textKey = QueryKey.of(query.text());
    List<RuleEntry> applying = new ArrayList<>();
    for (RuleEntry r : cache.current().rules()) {
      if (r.activeAt(now) && applies(r, textKey, query.categories())) {
        applying.add(r);
      }
    }
    if (applying.isEmpty()) {
      return Plan.NONE;
    }
    // Newest first (the snapshot's order): the first decision for a product or position stands.
    Map<String, RuleEntry> hiddenBy = new LinkedHashMap<>();
    Map<String, RuleEntry> pinnedBy = new LinkedHashMap<>();
    Map<String, RuleEntry> factorBy = new LinkedHashMap<>();
    Set<Integer> takenPositions = new HashSet<>();
    List<RuleEntry> overridden = new ArrayList<>();
    for (RuleEntry r : applying) {
      if (r.action() == RuleAction.HIDE && !hiddenBy.containsKey(r.codeKey())) {
        hiddenBy.put(r.codeKey(), r);
      }
    }
    for (RuleEntry r : applying) {
      if (r.action() == RuleAction.HIDE) {
        if (hiddenBy.get(r.codeKey()) != r) {
          overridden.add(r);
        }
        continue;
      }
      boolean kept =
          switch (r.action()) {
            case PIN -> {
              if (hiddenBy.containsKey(r.codeKey())
                  || pinnedBy.containsKey(r.codeKey())
                  || !takenPositions.add(r.position())) {
                yield false;
              }
              pinnedBy.put(r.codeKey(), r);
              yield true;
            }
            case BOOST, BURY -> {
              if (hiddenBy.containsKey(r.codeKey()) || factorBy.containsKey(r.codeKey())) {
                yield false;
              }
              factorBy.put(r.codeKey(), r);
              yield true;
            }
            case HIDE -> true;
          };
      if (!kept) {
        overridden.add(r);
      }
    }
    List<Merchandising.Pin> pins = new ArrayList<>();
    pinnedBy.forEach((key, r) -> pins.add(new Merchandising.Pin(key, r.position())));
    pins.sort(java.util.Comparator.comparingInt(Merchandising.Pin::position));
    Map<String, Float> factors = new HashMap<>();
    factorBy.forEach((key, r) -> factors.put(key, r.factor().floatValue()));
    return new Plan(
        new Merchandising(pins, factors, hiddenBy.keySet()),
        pinnedBy,
        factorBy,
        hiddenBy,
        overridden);
  }

  private static boolean applies(RuleEntry r, String textKey, Set<String> categories) {
    if (r.queryKey() != null) {
      return r.queryKey().equals(textKey)
          && (r.categoryId() == null || categories.contains(r.categoryId()));
    }
    return textKey.isEmpty() && categories.contains(r.categoryId());
  }
}
