package kr.catalog.search;

import java.util.Set;

/**
 * What a new catalog version changes in the products of the version a backend serves, for a partial
 * publication ({@link SearchBackend#applyChanges}): the products to index again (added or changed,
 * by code key) and those to drop.
 *
 * @param fromVersion the catalog version these changes apply to (the one being served)
 * @param upserted code keys of products added or changed (their documents are rebuilt)
 * @param removed code keys of products no longer in the catalog
 */
public record CatalogChanges(String fromVersion, Set<String> upserted, Set<String> removed) {
  public CatalogChanges {
    upserted = Set.copyOf(upserted);
    removed = Set.copyOf(removed);
  }

  /** How many documents the changes touch. */
  public int size() {
    return upserted.size() + removed.size();
  }
}
