package kr.catalog.search.core;

import java.util.List;
import java.util.Map;
import kr.catalog.search.query.FacetCounts;

/**
 * What a backend's engine returns for a {@link SearchPlan}, before the shared rules shape it.
 *
 * @param total exact number of matches
 * @param hits the requested hits in order
 * @param counts value counts per facet (see {@link FacetCounts})
 * @param priceMin lowest price of the matches ignoring the price filter, or null
 * @param priceMax highest price, or null
 * @param priceBands counts per {@link kr.catalog.search.query.PriceBands} bucket
 * @param familySizes for grouped searches: matching products per family of the returned hits
 */
public record RawResult(
    long total,
    List<RawHit> hits,
    FacetCounts counts,
    Long priceMin,
    Long priceMax,
    long[] priceBands,
    Map<String, Long> familySizes) {}
