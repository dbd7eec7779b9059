package kr.catalog.api.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.marketing.CurationCache.CollectionEntry;
import kr.catalog.api.search.SearchParams;
import kr.catalog.search.Curation;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;

/**
 * Answers "why is this product here" for one search: runs it as {@code /api/search} would, and
 * again without merchandising to compare ranks.
 */
@ApplicationScoped
public class Explainer {

  @Inject SearchBackend backend;
  @Inject Curations curations;
  @Inject CurationCache cache;
  @Inject CollectionMembers members;
  @Inject CatalogView catalog;
  @Inject Clock clock;

  /** The explained page of a search. */
  public Explanation explain(SearchParams params) {
    Instant now = clock.instant();
    SearchQuery plain = params.toQuery();
    Curations.Plan plan = curations.plan(plain, now);
    Curation withRules =
        new Curation(curations.activeCollections(now), params.collections(), plan.merchandising());
    SearchResult result = backend.search(plain.withCuration(withRules));
    Curation withoutRules =
        new Curation(withRules.collections(), withRules.selected(), Curation.Merchandising.NONE);
    Set<String> wanted = new java.util.HashSet<>();
    result.hits().forEach(h -> wanted.add(h.codeKey()));
    Baseline baseline = baseline(plain, withoutRules, wanted);

    List<CollectionEntry> active = cache.current().activeAt(now);
    int offset = (params.page() - 1) * params.size();
    List<Explanation.Hit> hits = new ArrayList<>();
    for (int i = 0; i < result.hits().size(); i++) {
      SearchResult.Hit h = result.hits().get(i);
      int rank = offset + i + 1;
      Integer before = baseline.ranks.get(h.codeKey());
      Float scoreBefore = baseline.scores.get(h.codeKey());
      CurationCache.RuleEntry pin = plan.pinnedBy().get(h.codeKey());
      CurationCache.RuleEntry factor = plan.factorBy().get(h.codeKey());
      List<String> in =
          active.stream().filter(c -> members.contains(c, h.codeKey())).map(c -> c.slug()).toList();
      List<String> why = new ArrayList<>();
      if (pin != null) {
        why.add(String.format(Locale.ROOT, "pinned at %d by rule #%d", pin.position(), pin.id()));
      }
      if (factor != null) {
        why.add(
            String.format(
                Locale.ROOT,
                "%s x%s by rule #%d",
                factor.action() == RuleAction.BOOST ? "boosted" : "buried",
                factor.factor().toPlainString(),
                factor.id()));
      }
      if (!in.isEmpty()) {
        why.add("in collections " + String.join(", ", in));
      }
      why.add(
          before == null
              ? "not among the first " + SearchQuery.Page.MAX_WINDOW + " without rules"
              : String.format(
                  Locale.ROOT, "text score %.3f, rank %d without rules", scoreBefore, before));
      hits.add(
          new Explanation.Hit(
              rank,
              h.code(),
              h.name(),
              h.score(),
              before,
              scoreBefore,
              Explanation.RuleRef.of(pin),
              Explanation.RuleRef.of(factor),
              in,
              why));
    }
    List<Explanation.Hidden> hidden =
        plan.hiddenBy().entrySet().stream()
            .map(
                e ->
                    new Explanation.Hidden(
                        CollectionView.code(catalog, e.getKey()),
                        Explanation.RuleRef.of(e.getValue())))
            .toList();
    return new Explanation(
        result.total(),
        baseline.total,
        params.page(),
        params.size(),
        hits,
        hidden,
        plan.overridden().stream().map(Explanation.RuleRef::of).toList());
  }

  private record Baseline(long total, Map<String, Integer> ranks, Map<String, Float> scores) {}

  /**
   * Ranks and scores without merchandising, reading pages of the same search until every wanted
   * product is found or the offset window ends.
   */
  private Baseline baseline(SearchQuery plain, Curation withoutRules, Set<String> wanted) {
    Map<String, Integer> ranks = new HashMap<>();
    Map<String, Float> scores = new HashMap<>();
    int size = SearchQuery.Page.MAX_SIZE;
    long total = 0;
    for (int offset = 0; offset + size <= SearchQuery.Page.MAX_WINDOW; offset += size) {
      SearchQuery q =
          plain.withPage(new SearchQuery.Page(offset, size, null)).withCuration(withoutRules);
      SearchResult page = backend.search(q);
      total = page.total();
      for (int i = 0; i < page.hits().size(); i++) {
        SearchResult.Hit h = page.hits().get(i);
        if (wanted.contains(h.codeKey())) {
          ranks.put(h.codeKey(), offset + i + 1);
          scores.put(h.codeKey(), h.score());
        }
      }
      if (ranks.size() == wanted.size() || page.hits().size() < size) {
        break;
      }
    }
    return new Baseline(total, ranks, scores);
  }
}
