package kr.catalog.api.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.marketing.CollectionDiscounts;

/**
 * Step 4 of {@link PricingRule}: per product, the one promotional discount at a pricing instant,
 * the largest of its running promotions (by business day) and its active collections' discounts (by
 * instant). Never stacked; a promotion wins a tie.
 */
@ApplicationScoped
public class Discounts {

  @Inject PromotionService promotions;
  @Inject CollectionDiscounts collections;
  @Inject CommerceConfig config;

  /** The discount per code key at {@code now}; products without one are absent. */
  public Map<String, Discount> at(Instant now, Collection<String> codeKeys) {
    LocalDate day = LocalDate.ofInstant(now, config.zone());
    Map<String, Discount> best = new HashMap<>(promotions.bestOn(day, codeKeys));
    collections
        .at(now, codeKeys)
        .forEach(
            (key, applied) ->
                best.merge(
                    key,
                    Discount.collection(applied.slug(), applied.percent()),
                    Discount::orLarger));
    return best;
  }
}
