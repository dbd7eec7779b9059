package kr.catalog.search.core;

import java.util.List;
import java.util.Map;

/**
 * What a backend's engine returns for a {@link SearchPlan}, before the shared rules shape it.
 *
 * @param total exact number of matches
 * @param hits the requested hits in order
 * @param counts facet name to value counts: for {@code category} every value with a count, for
 *     {@code maker}, {@code origin}, {@code brand} at least the top {@code facetLimit} by count
 *     then value plus the selected values, for {@code flag} the four flags
 * @param priceMin lowest price of the matches ignoring the price filter, or null
 * @param priceMax highest price, or null
 * @param priceBands counts per {@link kr.catalog.search.query.PriceBands} bucket
 * @param familySizes for grouped searches: matching products per family of the returned hits
 */
public record RawResult(
    long total,
    List<RawHit> hits,
    Map<String, Map<String, Long>> counts,
    Long priceMin,
    Long priceMax,
    long[] priceBands,
    Map<String, Long> familySizes) {}
