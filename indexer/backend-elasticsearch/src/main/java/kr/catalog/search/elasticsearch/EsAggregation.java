package kr.catalog.search.elasticsearch;

import kr.catalog.search.Facet;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.document.DocumentBuilder;

/**
 * Every aggregation name the adapter uses, in one place: {@link EsRequests} names the aggregations
 * it asks for with these and {@link EsResponses} reads them back with the same, so a name cannot
 * drift between the two. A facet's aggregation is named after its {@link Facet#key()}.
 */
enum EsAggregation {
  /** Matches passing every filter (a filter aggregation of the facet request). */
  TOTAL("total"),
  /** Price statistics under every filter but the price filter. */
  PRICE("price"),
  PRICE_MIN("min"),
  PRICE_MAX("max"),
  PRICE_BANDS("bands"),
  /** The top values of a keyword facet, by count then value. */
  TOP("top"),
  /** The selected values of a keyword facet, counted even when not in the top. */
  SELECTED("selected"),
  /** One bucket per collection of the {@code collection} facet. */
  MEMBERS("members"),
  /** Matching products per family of a grouped page. */
  FAMILIES("families"),
  /** Counts of asked values of one dimension (maker facet value search). */
  COUNTS("counts"),
  VALUES("values");

  private final String aggregationName;

  EsAggregation(String aggregationName) {
    this.aggregationName = aggregationName;
  }

  /** The name in requests and responses. */
  String aggregationName() {
    return aggregationName;
  }

  /** The aggregation of a facet. */
  static String of(Facet facet) {
    return facet.key();
  }

  /** The aggregation counting one flag (each flag is its own dimension). */
  static String of(SearchQuery.Flag flag) {
    return "flag_" + DocumentBuilder.flagValue(flag);
  }
}
