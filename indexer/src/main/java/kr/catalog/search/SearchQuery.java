package kr.catalog.search;

import java.util.Set;

/**
 * One search request, already validated at the edge.
 *
 * @param text the user's free text, may be blank (browse)
 * @param categories category ids; a product matches one of them or a descendant
 * @param makers maker ids
 * @param origins origin country codes
 * @param brands brand names
 * @param flags product flags that must all hold
 * @param priceMin inclusive lower bound in KRW, or {@code null}
 * @param priceMax inclusive upper bound in KRW, or {@code null}
 * @param sort result order
 * @param page which slice of the hits
 */
public record SearchQuery(
    String text,
    Set<String> categories,
    Set<String> makers,
    Set<String> origins,
    Set<String> brands,
    Set<Flag> flags,
    Long priceMin,
    Long priceMax,
    Sort sort,
    Page page) {

  public SearchQuery {
    text = text == null ? "" : text;
    categories = Set.copyOf(categories);
    makers = Set.copyOf(makers);
    origins = Set.copyOf(origins);
    brands = Set.copyOf(brands);
    flags = Set.copyOf(flags);
  }

  /** A query for free text with no filters, first page, by relevance. */
  public static SearchQuery text(String text) {
    return new SearchQuery(
        text,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        null,
        null,
        Sort.RELEVANCE,
        Page.first(20));
  }

  /** Flags a product can carry. */
  public enum Flag {
    NEW,
    DISCOUNT,
    PB,
    IN_STOCK
  }

  /** Result orders. */
  public enum Sort {
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    NEWEST
  }

  /**
   * A slice of hits: by offset for the first pages, by an opaque cursor (search_after) for deep
   * paging.
   *
   * @param offset hits to skip, bounded by the backend's deep-paging guard
   * @param size hits to return
   * @param cursor opaque cursor from a previous {@link SearchResult#nextCursor()}, or null
   */
  public record Page(int offset, int size, String cursor) {
    public static Page first(int size) {
      return new Page(0, size, null);
    }
  }
}
