package kr.catalog.search;

import kr.catalog.model.Identifier;

/**
 * A counsellor's lookup: a product code typed any way ({@code GSB-13RE}, {@code gsb13re}, {@code
 * GSB 13 RE}, or just a part such as {@code 13RE}), optionally within one maker; or all products of
 * a maker when the code is blank. Discontinued products are included: customers quote old codes.
 *
 * @param code the code or part of it, may be blank when {@code makerId} is given
 * @param makerId restrict to this maker, or null
 * @param limit most hits to return (1..100)
 */
public record LookupQuery(String code, String makerId, int limit) {
  public LookupQuery {
    code = code == null ? "" : code;
    if (limit < 1 || limit > SearchQuery.Page.MAX_SIZE) {
      throw new IllegalArgumentException("limit must be 1.." + SearchQuery.Page.MAX_SIZE);
    }
    if (code.isBlank() && (makerId == null || makerId.isBlank())) {
      throw new IllegalArgumentException("a code or a maker is required");
    }
  }

  /** How a lookup hit matched, best first. */
  public enum Match {
    /** The code key equals the typed code's key. */
    EXACT,
    /** The code key begins with it. */
    PREFIX,
    /** The code key contains it. */
    INFIX,
    /** No code typed: a product of the maker. */
    MAKER
  }

  /**
   * One lookup hit and how it matched.
   *
   * @param product the product
   * @param match how the best-matching identifier matched
   * @param matchedIdentifier which identifier matched (the catalog code, the model number, a
   *     supplier code or a barcode), null when no code was typed (a maker's products)
   */
  public record Hit(SearchResult.Hit product, Match match, Identifier matchedIdentifier) {
    /** A hit of a maker's products, no identifier typed. */
    public Hit(SearchResult.Hit product, Match match) {
      this(product, match, null);
    }
  }
}
