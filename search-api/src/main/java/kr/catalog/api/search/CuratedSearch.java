package kr.catalog.api.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.searchlog.SearchEvent;
import kr.catalog.api.searchlog.SearchLog;
import kr.catalog.search.Curation;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.search.vocabulary.Vocabulary;

/**
 * Runs the product searches customers see, for {@code /api/search} and for collection pages alike:
 * decides their curation (collections and rules active now, a collection's hand-picked order) and
 * turns a cursor the backend cannot read into the client's error.
 */
@ApplicationScoped
public class CuratedSearch {

  @Inject SearchBackend backend;
  @Inject CatalogView catalog;
  @Inject SearchCuration curation;
  @Inject Clock clock;
  @Inject SearchLog searchLog;

  /**
   * The answer of {@code /api/search} for these parameters, curated as of now, recorded in the
   * search log (queued: the answer never waits for the log's database).
   *
   * @param surface the page that asked ({@link SearchEvent#surfaceOf})
   */
  public SearchResponse search(SearchParams params, String surface) {
    long started = System.nanoTime();
    // The vocabulary this search expands with: the log names its runs from the same snapshot.
    Vocabulary vocabulary = backend.vocabulary();
    SearchQuery plain = params.toQuery();
    SearchResponse answer =
        run(plain.withCuration(forSearch(plain, params.collections(), clock.instant())), params);
    searchLog.record(
        new SearchEvent(
            clock.instant(),
            plain.text(),
            answer.query() == null ? plain.text() : answer.query(),
            answer.correctedFrom() != null,
            answer.total(),
            params.filters(),
            vocabulary,
            backend.name(),
            System.nanoTime() - started,
            surface,
            plain.page().cursor() == null ? params.page() : 0));
    return answer;
  }

  /**
   * A page of a collection's products. The collection is taken as given even when it is not active
   * now (a marketing preview). Hand-picked products come first in curated order when browsing (no
   * text) by relevance; with text or another sort the backend's order stands.
   */
  public SearchResponse inCollection(Curation.CuratedCollection collection, SearchParams params) {
    SearchQuery plain = params.toQuery();
    List<Curation.CuratedCollection> active =
        new ArrayList<>(curation.activeCollections(clock.instant()));
    if (active.stream().noneMatch(c -> c.slug().equals(collection.slug()))) {
      active.add(collection);
    }
    Curation.Merchandising pins =
        plain.text().isBlank() && plain.sort() == SearchQuery.Sort.RELEVANCE
            ? pinsInOrder(collection.codeKeys())
            : Curation.Merchandising.NONE;
    return run(plain.withCuration(new Curation(active, Set.of(collection.slug()), pins)), params);
  }

  /** The curation of a search: active collections, the selected slugs, the rules that apply. */
  public Curation forSearch(SearchQuery plain, Set<String> selected, Instant now) {
    return new Curation(
        curation.activeCollections(now), selected, curation.merchandising(plain, now));
  }

  /** Hand-picked products at positions 1..n, in curated order. */
  static Curation.Merchandising pinsInOrder(List<String> codeKeys) {
    List<Curation.Merchandising.Pin> pins = new ArrayList<>();
    for (int i = 0; i < codeKeys.size(); i++) {
      pins.add(new Curation.Merchandising.Pin(codeKeys.get(i), i + 1));
    }
    return new Curation.Merchandising(pins, Map.of(), Set.of());
  }

  private SearchResponse run(SearchQuery query, SearchParams params) {
    SearchResult result;
    try {
      result = backend.search(query);
    } catch (IllegalArgumentException e) {
      // The only client-supplied input the backend itself checks is the opaque cursor.
      if (query.page().cursor() != null) {
        throw new InvalidParameterException("cursor", "is not valid for this search; start over");
      }
      throw e;
    }
    return SearchResponse.of(result, params, catalog);
  }
}
