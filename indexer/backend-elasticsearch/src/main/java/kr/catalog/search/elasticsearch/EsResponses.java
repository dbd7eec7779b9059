package kr.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.search.Facet;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.core.RawHit;
import kr.catalog.search.core.RawResult;
import kr.catalog.search.core.SearchPlan;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.Fields;
import kr.catalog.search.query.FacetCounts;
import kr.catalog.search.query.PriceBands;

/**
 * Response reading: the answers to {@link EsRequests} back into the engine's records (hits, typed
 * facet counts, price statistics), reading the aggregations by the names {@link EsAggregation} gave
 * them.
 */
final class EsResponses {

  private EsResponses() {}

  /** The raw result of a search from its facet response, its hits and the families' sizes. */
  static RawResult result(
      SearchPlan plan,
      SearchResponse<EsProduct> facets,
      List<RawHit> hits,
      Map<String, Long> familySizes) {
    Map<String, Aggregate> results = facets.aggregations();
    Map<String, Aggregate> price =
        results.get(EsAggregation.PRICE.aggregationName()).filter().aggregations();
    long priced = results.get(EsAggregation.PRICE.aggregationName()).filter().docCount();
    long[] bands = new long[PriceBands.EDGES.size()];
    var buckets = price.get(EsAggregation.PRICE_BANDS.aggregationName()).range().buckets().array();
    for (int i = 0; i < buckets.size(); i++) {
      bands[i] = buckets.get(i).docCount();
    }
    Long min =
        priced == 0
            ? null
            : (long) price.get(EsAggregation.PRICE_MIN.aggregationName()).min().value();
    Long max =
        priced == 0
            ? null
            : (long) price.get(EsAggregation.PRICE_MAX.aggregationName()).max().value();
    return new RawResult(
        results.get(EsAggregation.TOTAL.aggregationName()).filter().docCount(),
        hits,
        facetCounts(plan, results),
        min,
        max,
        bands,
        familySizes);
  }

  /** The counts of every facet the facet request asked for. */
  private static FacetCounts facetCounts(SearchPlan plan, Map<String, Aggregate> results) {
    FacetCounts.Builder counts = new FacetCounts.Builder();
    for (Facet facet : Facet.KEYWORD_FACETS) {
      Map<String, Aggregate> sub = results.get(EsAggregation.of(facet)).filter().aggregations();
      Map<String, Long> values = new HashMap<>();
      for (StringTermsBucket b :
          sub.get(EsAggregation.TOP.aggregationName()).sterms().buckets().array()) {
        values.put(b.key().stringValue(), b.docCount());
      }
      Aggregate selected = sub.get(EsAggregation.SELECTED.aggregationName());
      if (selected != null) {
        for (StringTermsBucket b : selected.sterms().buckets().array()) {
          values.put(b.key().stringValue(), b.docCount());
        }
      }
      counts.addAll(facet, values);
    }
    if (!plan.collections().isEmpty()) {
      Map<String, Long> members = new HashMap<>();
      results
          .get(EsAggregation.of(Facet.COLLECTION))
          .filter()
          .aggregations()
          .get(EsAggregation.MEMBERS.aggregationName())
          .filters()
          .buckets()
          .keyed()
          .forEach((slug, bucket) -> members.put(slug, bucket.docCount()));
      counts.addAll(Facet.COLLECTION, members);
    }
    Map<String, Long> flags = new HashMap<>();
    for (SearchQuery.Flag flag : SearchQuery.Flag.values()) {
      flags.put(
          DocumentBuilder.flagValue(flag), results.get(EsAggregation.of(flag)).filter().docCount());
    }
    counts.addAll(Facet.FLAG, flags);
    return counts.build();
  }

  /** The hits of a response in order; scores only for relevance. */
  static List<RawHit> hits(SearchResponse<EsProduct> response, boolean scored) {
    List<RawHit> hits = new ArrayList<>();
    for (Hit<EsProduct> hit : response.hits().hits()) {
      hits.add(rawHit(hit, scored));
    }
    return hits;
  }

  /** Matching products per family, from {@link EsRequests#familySizes}. */
  static Map<String, Long> familySizes(SearchResponse<EsProduct> response) {
    Map<String, Long> sizes = new HashMap<>();
    for (StringTermsBucket b :
        response
            .aggregations()
            .get(EsAggregation.FAMILIES.aggregationName())
            .sterms()
            .buckets()
            .array()) {
      sizes.put(b.key().stringValue(), b.docCount());
    }
    return sizes;
  }

  /** Each asked value with its count (0 when absent), from {@link EsRequests#countValues}. */
  static Map<String, Long> countValues(SearchResponse<EsProduct> response, Set<String> values) {
    Map<String, Long> result = new LinkedHashMap<>();
    values.forEach(v -> result.put(v, 0L));
    for (StringTermsBucket b :
        response
            .aggregations()
            .get(EsAggregation.COUNTS.aggregationName())
            .filter()
            .aggregations()
            .get(EsAggregation.VALUES.aggregationName())
            .sterms()
            .buckets()
            .array()) {
      result.put(b.key().stringValue(), b.docCount());
    }
    return result;
  }

  private static RawHit rawHit(Hit<EsProduct> hit, boolean scored) {
    EsProduct d = hit.source();
    return new RawHit(
        d.codeKey,
        d.codeDisplay,
        d.nameKo == null ? "" : d.nameKo,
        d.nameEn == null ? "" : d.nameEn,
        d.makerId,
        d.categoryId,
        d.price,
        d.released,
        d.family,
        d.flags != null && d.flags.contains(Fields.DISCONTINUED_FLAG),
        scored && hit.score() != null ? hit.score().floatValue() : 0f,
        d.identifiers);
  }
}
