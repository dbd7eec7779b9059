package kr.catalog.ingest.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Product;

/**
 * Which products a run added, changed and removed compared with the previous catalog, by code key
 * (sorted). Written as {@code changes.json} next to the catalog so the indexer can update only
 * those documents; after a first build every product is added.
 *
 * @param fromVersion the version of the previous catalog these changes are relative to, or null
 *     after a first build: a publication applies them only to a platform serving that version
 * @param added code keys that are new
 * @param updated code keys whose product differs in any field
 * @param removed code keys no longer present
 */
public record ProductChanges(
    String fromVersion, List<String> added, List<String> updated, List<String> removed) {
  /** File name inside the catalog directory. */
  public static final String FILE_NAME = "changes.json";

  public ProductChanges {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    removed = List.copyOf(removed);
  }

  /**
   * Compares two product lists.
   *
   * @param fromVersion the previous catalog's version, or {@code null} when there is none
   * @param before the previous products, or {@code null} when there is no previous catalog
   * @param after the new products, sorted by code key
   */
  public static ProductChanges between(
      String fromVersion, List<Product> before, List<Product> after) {
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    Map<String, Product> old = new HashMap<>();
    if (before != null) {
      before.forEach(p -> old.put(p.codeKey(), p));
    }
    for (Product p : after) {
      Product o = old.remove(p.codeKey());
      if (o == null) {
        added.add(p.codeKey());
      } else if (!o.equals(p)) {
        updated.add(p.codeKey());
      }
    }
    List<String> removed = new ArrayList<>(old.keySet());
    removed.sort(null);
    return new ProductChanges(before == null ? null : fromVersion, added, updated, removed);
  }
}
