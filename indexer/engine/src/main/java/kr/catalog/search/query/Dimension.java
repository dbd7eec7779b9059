package kr.catalog.search.query;

import kr.catalog.search.Facet;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.document.Fields;

/**
 * One independent filter of a search. Disjunctive facets are computed per dimension: the counts of
 * a facet ignore its own dimension's filter. Each flag is its own dimension, so the count shown
 * next to an unticked flag is what ticking it would give, and a ticked flag keeps its count.
 */
public enum Dimension {
  CATEGORY(Fields.CATEGORY_PATH, null),
  MAKER(Fields.MAKER_ID, null),
  ORIGIN(Fields.ORIGIN, null),
  BRAND(Fields.BRAND, null),
  PRICE(Fields.PRICE, null),
  /** Stores holding the product now: a product matches when any selected store holds it. */
  STORE(Fields.STORES, null),
  FLAG_NEW(Fields.FLAGS, SearchQuery.Flag.NEW),
  FLAG_DISCOUNT(Fields.FLAGS, SearchQuery.Flag.DISCOUNT),
  FLAG_PB(Fields.FLAGS, SearchQuery.Flag.PB),
  FLAG_IN_STOCK(Fields.FLAGS, SearchQuery.Flag.IN_STOCK),
  /**
   * Membership of the selected marketing collections: query-defined (hand-picked code keys or a
   * saved search), so it has no field; its {@link FilterSpec} carries the query.
   */
  COLLECTION(null, null);

  private final String field;
  private final SearchQuery.Flag flag;

  Dimension(String field, SearchQuery.Flag flag) {
    this.field = field;
    this.flag = flag;
  }

  /** The indexed field the dimension filters on, null for {@link #COLLECTION}. */
  public String field() {
    return field;
  }

  /** The flag of a flag dimension, or null. */
  public SearchQuery.Flag flag() {
    return flag;
  }

  /** The dimension of a flag. */
  public static Dimension of(SearchQuery.Flag flag) {
    return switch (flag) {
      case NEW -> FLAG_NEW;
      case DISCOUNT -> FLAG_DISCOUNT;
      case PB -> FLAG_PB;
      case IN_STOCK -> FLAG_IN_STOCK;
    };
  }

  /**
   * The dimension whose filter a facet ignores (disjunctive facets); null for {@link Facet#FLAG},
   * whose values are each their own dimension ({@link #of(SearchQuery.Flag)}).
   */
  public static Dimension of(Facet facet) {
    return switch (facet) {
      case CATEGORY -> CATEGORY;
      case MAKER -> MAKER;
      case ORIGIN -> ORIGIN;
      case BRAND -> BRAND;
      case STORE -> STORE;
      case FLAG -> null;
      case COLLECTION -> COLLECTION;
    };
  }

  /** The keyword field a facet counts; null for {@link Facet#COLLECTION} (query-defined). */
  public static String fieldOf(Facet facet) {
    return facet == Facet.FLAG ? Fields.FLAGS : of(facet).field();
  }

  /** The keyword facet that ignores this dimension's filter, or null (price, flags, collection). */
  public Facet keywordFacet() {
    for (Facet facet : Facet.KEYWORD_FACETS) {
      if (of(facet) == this) {
        return facet;
      }
    }
    return null;
  }
}
