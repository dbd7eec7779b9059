package kr.catalog.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.core.RawHit;
import kr.catalog.search.core.RawResult;
import kr.catalog.search.core.SearchPlan;
import kr.catalog.search.document.Fields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Response reading: what Lucene collected (top documents, the faceting pass's outcome, cached
 * facets) back into the engine's records, reading the stored fields of the returned page only.
 */
final class LuceneResponses {

  private LuceneResponses() {}

  /** The result of a faceting pass: its facets and the page of hits (or of families). */
  static RawResult result(SearchPlan plan, FacetingCollector.Outcome outcome, StoredFields stored)
      throws IOException {
    List<RawHit> hits;
    Map<String, Long> families = Map.of();
    if (plan.groupFamilies()) {
      hits = new ArrayList<>();
      families = new HashMap<>();
      List<FacetingCollector.FamilyBest> groups = outcome.families();
      for (int i = plan.offset(); i < groups.size() && hits.size() < plan.size(); i++) {
        FacetingCollector.FamilyBest g = groups.get(i);
        hits.add(rawHit(stored.document(g.doc()), g.score()));
        families.put(g.family(), outcome.familySizes().get(g.family()));
      }
    } else {
      hits = page(plan, outcome.top(), stored);
    }
    return new RawResult(
        outcome.total(),
        hits,
        outcome.counts(),
        outcome.priceMin(),
        outcome.priceMax(),
        outcome.priceBands(),
        families);
  }

  /** The result from cached facets and a hits-only search. */
  static RawResult result(FacetCache.Facets cached, List<RawHit> hits) {
    return new RawResult(
        cached.total(),
        hits,
        cached.counts(),
        cached.priceMin(),
        cached.priceMax(),
        cached.priceBands(),
        Map.of());
  }

  /** The facets of a faceting pass, to cache. */
  static FacetCache.Facets facets(FacetingCollector.Outcome outcome) {
    return new FacetCache.Facets(
        outcome.total(),
        outcome.counts(),
        outcome.priceMin(),
        outcome.priceMax(),
        outcome.priceBands());
  }

  /** The plan's page of sorted hits; scores only for relevance. */
  static List<RawHit> page(SearchPlan plan, TopDocs top, StoredFields stored) throws IOException {
    List<RawHit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = plan.offset(); i < docs.length && hits.size() < plan.size(); i++) {
      FieldDoc fd = (FieldDoc) docs[i];
      float score = plan.sort() == SearchQuery.Sort.RELEVANCE ? (Float) fd.fields[0] : 0f;
      hits.add(rawHit(stored.document(fd.doc), score));
    }
    return hits;
  }

  /** Every hit of a relevance search with its score. */
  static List<RawHit> scored(TopDocs top, StoredFields stored) throws IOException {
    List<RawHit> hits = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      hits.add(rawHit(stored.document(sd.doc), sd.score));
    }
    return hits;
  }

  private static RawHit rawHit(Document d, float score) {
    return new RawHit(
        d.get(Fields.CODE_KEY),
        d.get(Fields.CODE_DISPLAY),
        d.get(Fields.NAME_KO),
        d.get(Fields.NAME_EN),
        d.get(Fields.MAKER_ID),
        d.get(Fields.CATEGORY_ID),
        d.getField(Fields.PRICE).numericValue().longValue(),
        d.getField(Fields.RELEASED).numericValue().longValue(),
        d.get(Fields.FAMILY),
        d.get(Fields.DISCONTINUED_FLAG) != null,
        score,
        List.of(d.getValues(Fields.IDENTIFIERS)));
  }
}
