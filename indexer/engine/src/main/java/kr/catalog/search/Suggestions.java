package kr.catalog.search;

import java.util.List;

/**
 * Autocomplete while typing.
 *
 * @param products products whose name, maker or code begins with what was typed
 * @param makers makers matching it (name, alias or initial consonants), value = maker id, count =
 *     its searchable products
 * @param categories categories whose name begins with or contains it, value = category id, count =
 *     0 (not counted while typing)
 */
public record Suggestions(
    List<SearchResult.Hit> products,
    List<SearchResult.FacetValue> makers,
    List<SearchResult.FacetValue> categories) {
  public Suggestions {
    products = List.copyOf(products);
    makers = List.copyOf(makers);
    categories = List.copyOf(categories);
  }
}
