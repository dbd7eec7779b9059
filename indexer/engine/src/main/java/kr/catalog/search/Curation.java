package kr.catalog.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What marketing adds to one search, resolved by the caller (the API) for the moment of the search:
 * the collections active now (a {@code collection} facet and filter) and the merchandising rules
 * that apply to this query or category. Backends apply both in the shared query plan, so results
 * are the same on Lucene and Elasticsearch.
 *
 * @param collections the collections active now; the {@code collection} facet lists them
 * @param selected slugs the results must belong to (any of them); a slug not among {@code
 *     collections} matches nothing
 * @param merchandising pins, score factors and hidden products for this query
 */
public record Curation(
    List<CuratedCollection> collections, Set<String> selected, Merchandising merchandising) {

  /** No collections, nothing selected, no merchandising. */
  public static final Curation NONE = new Curation(List.of(), Set.of(), Merchandising.NONE);

  public Curation {
    collections = List.copyOf(collections);
    selected = Set.copyOf(selected);
    merchandising = merchandising == null ? Merchandising.NONE : merchandising;
  }

  /** Whether this adds nothing to a search. */
  public boolean isEmpty() {
    return collections.isEmpty() && selected.isEmpty() && merchandising.isEmpty();
  }

  /**
   * One active collection as search sees it. A product belongs to it when its code key is among
   * {@code codeKeys} (picked by hand) or when it matches {@code rule} (a saved search: its text and
   * filters; its sort, page and curation are ignored). Discontinued products never belong.
   *
   * @param slug the collection's id in URLs and in the facet
   * @param label the facet label (Korean title)
   * @param codeKeys products picked by hand, in their curated order
   * @param rule the saved search whose matches also belong, or null
   */
  public record CuratedCollection(
      String slug, String label, List<String> codeKeys, SearchQuery rule) {
    public CuratedCollection {
      codeKeys = List.copyOf(codeKeys);
    }
  }

  /**
   * Merchandising of one search.
   *
   * @param pins products placed at fixed 1-based positions of a relevance-ordered result (at the
   *     end when the result is shorter; pins at one position follow each other in code key order);
   *     a pinned product appears, once, when it passes the filters even if the text does not match
   *     it, and counts in the total and facets; other orders ignore pins
   * @param factors code key to a factor on its relevance score: above 1 boosts, below 1 buries; a
   *     positive number (a search with another factor is refused); no effect in other orders
   * @param hidden code keys never returned nor counted
   */
  public record Merchandising(List<Pin> pins, Map<String, Float> factors, Set<String> hidden) {

    /** No merchandising. */
    public static final Merchandising NONE = new Merchandising(List.of(), Map.of(), Set.of());

    public Merchandising {
      pins = List.copyOf(pins);
      factors = Map.copyOf(factors);
      hidden = Set.copyOf(hidden);
    }

    /** Whether nothing is pinned, boosted, buried or hidden. */
    public boolean isEmpty() {
      return pins.isEmpty() && factors.isEmpty() && hidden.isEmpty();
    }

    /** A product pinned at a 1-based position. */
    public record Pin(String codeKey, int position) {
      public Pin {
        if (position < 1) {
          throw new IllegalArgumentException("pin position must be 1 or more: " + position);
        }
      }
    }
  }
}
