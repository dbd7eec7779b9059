package kr.catalog.api.catalog;

import java.util.Set;

/**
 * "The search signals (in stock, discounted) of these products may have changed": fired inside the
 * transaction that changed stock, a promotion or a discounting collection, or by the check of
 * discount windows. {@link LiveSignals} recomputes them from the database after the commit and
 * pushes the ones that differ to the search backend. The event names products, not values, so that
 * it can be broadcast to other API instances as it is (PostgreSQL NOTIFY, a payload of code keys):
 * each instance recomputes from the shared database (ADR 0008).
 *
 * @param codeKeys the products concerned, by {@code Product.codeKey}
 */
public record SignalsChanged(Set<String> codeKeys) {
  public SignalsChanged {
    codeKeys = Set.copyOf(codeKeys);
  }

  /** The signals of one product may have changed. */
  public static SignalsChanged of(String codeKey) {
    return new SignalsChanged(Set.of(codeKey));
  }
}
