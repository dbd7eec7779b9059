package kr.catalog.api.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.api.marketing.CurationCache.CollectionEntry;

/**
 * The collection discounts that apply at one instant: for each product, the largest discount among
 * the active collections it belongs to (the first slug in alphabetical order among equals).
 */
@ApplicationScoped
public class CollectionDiscounts {

  /** A collection's discount on one product. */
  public record Applied(String slug, int percent) {}

  @Inject CurationCache cache;
  @Inject CollectionMembers members;

  /** The best collection discount per code key, for the products asked about. */
  public Map<String, Applied> at(Instant now, Collection<String> codeKeys) {
    List<CollectionEntry> discounting =
        cache.current().activeAt(now).stream()
            .filter(c -> c.discountPercent() != null && c.discountPercent() > 0)
            .sorted(
                Comparator.comparing((CollectionEntry c) -> -c.discountPercent())
                    .thenComparing(CollectionEntry::slug))
            .toList();
    Map<String, Applied> best = new HashMap<>();
    if (discounting.isEmpty()) {
      return best;
    }
    for (String key : codeKeys) {
      for (CollectionEntry c : discounting) {
        if (members.contains(c, key)) {
          best.put(key, new Applied(c.slug(), c.discountPercent()));
          break;
        }
      }
    }
    return best;
  }
}
