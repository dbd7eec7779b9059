package kr.catalog.api.search;

import java.time.Instant;
import java.util.List;
import kr.catalog.search.Curation;
import kr.catalog.search.SearchQuery;

/**
 * What marketing has curated at an instant, as searches need it. Implemented by {@code
 * kr.catalog.api.marketing.Curations}: marketing builds on search (collection pages, saved
 * searches, explanations), so search asks through this port instead of importing marketing.
 */
public interface SearchCuration {

  /** The collections active at this instant. */
  List<Curation.CuratedCollection> activeCollections(Instant now);

  /** What the merchandising rules active at this instant do to this search (pin, boost, hide). */
  Curation.Merchandising merchandising(SearchQuery query, Instant now);
}
