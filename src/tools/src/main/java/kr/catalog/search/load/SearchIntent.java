package kr.catalog.search.load;

/**
 * What a search request asks for, independent of how the platform's API spells it, so a peer (for
 * example PostgreSQL full-text search) can answer exactly the same request.
 *
 * @param type which kind of search
 * @param text the words typed (search, suggest) or the code / maker name typed (lookup, makers)
 * @param category top category id to filter by, or null
 * @param maker maker id to filter by, or null
 * @param priceMin lowest list price in KRW, or null
 * @param priceMax highest list price in KRW, or null
 * @param onlyNew only new products
 * @param sortByPrice cheapest first instead of by relevance
 * @param limit how many results the request asks for
 */
public record SearchIntent(
    Type type,
    String text,
    String category,
    String maker,
    Long priceMin,
    Long priceMax,
    boolean onlyNew,
    boolean sortByPrice,
    int limit) {

  /** Kinds of search request. */
  public enum Type {
    /** Full-text search (or browsing without text) with facet counts and price statistics. */
    SEARCH,
    /** Product code lookup: exact, prefix, infix. */
    LOOKUP,
    /** Autocomplete on a prefix. */
    SUGGEST,
    /** Maker facet value search. */
    MAKERS
  }

  static SearchIntent of(Type type, String text, int limit) {
    return new SearchIntent(type, text, null, null, null, null, false, false, limit);
  }
}
