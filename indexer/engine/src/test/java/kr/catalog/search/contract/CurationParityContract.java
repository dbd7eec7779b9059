package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.model.Product;
import kr.catalog.search.Curation;
import kr.catalog.search.Curation.CuratedCollection;
import kr.catalog.search.Curation.Merchandising;
import kr.catalog.search.Curation.Merchandising.Pin;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchQuery.Page;
import kr.catalog.search.SearchQuery.Sort;
import kr.catalog.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Curated searches give exactly the same answer on a backend as on the reference backend (embedded
 * Lucene): every page (followed by cursor where there is one), with scores, totals, facets, price
 * statistics and cursors, for collections, hidden products, factors and pins in every sort, and
 * without curation. The contract suite checks each backend against hand-written expectations; this
 * checks them against each other on many more combinations. A backend module other than the
 * reference's runs it (Elasticsearch: {@code CurationParityIT}); the reference against itself could
 * not fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CurationParityContract {

  private SearchBackend reference;
  private SearchBackend backend;

  /** The reference: a fresh, empty embedded Lucene backend. */
  protected SearchBackend createReference() throws Exception {
    return SearchBackends.lucene(Files.createTempDirectory("curation-parity"));
  }

  /** A fresh, empty backend of the module under test. */
  protected abstract SearchBackend createBackend() throws Exception;

  @BeforeAll
  void indexBoth() throws Exception {
    reference = createReference();
    backend = createBackend();
    reference.replaceCatalog(CATALOG, SIGNALS);
    backend.replaceCatalog(CATALOG, SIGNALS);
  }

  @AfterAll
  void closeBoth() {
    if (reference != null) {
      reference.close();
    }
    if (backend != null) {
      backend.close();
    }
  }

  private static String key(Product p) {
    return p.codeKey();
  }

  static List<SearchQuery.Builder> queries() {
    List<CuratedCollection> collections =
        List.of(
            new CuratedCollection("picks", "추천", List.of(key(GLASSES_3M), key(DRILL_MAKITA)), null),
            new CuratedCollection(
                "grinders", "그라인더", List.of(), new SearchQuery.Builder("그라인더").build()),
            new CuratedCollection(
                "bosch-pb",
                "보쉬",
                List.of(key(GLASSES_PB)),
                new SearchQuery.Builder("").makers("bosch").priceMax(100_000L).build()));
    Merchandising merch =
        new Merchandising(
            List.of(new Pin(key(GLASSES_3M), 2), new Pin(key(GRINDER_DEWALT), 4)),
            Map.of(key(DRILL_BOSCH), 2.5f, key(GRINDER_BOSCH), 0.3f, key(DRILL_BOSUNG), 1.7f),
            Set.of(key(DRILL_BOSCH_18V)));
    List<Curation> curations =
        List.of(
            new Curation(collections, Set.of(), merch),
            new Curation(collections, Set.of("grinders", "picks"), merch),
            new Curation(collections, Set.of("bosch-pb"), Merchandising.NONE),
            new Curation(List.of(), Set.of(), merch),
            Curation.NONE);
    List<SearchQuery.Builder> queries = new ArrayList<>();
    for (Curation curation : curations) {
      for (String text : List.of("", "드릴", "보쉬 그라인더", "bosch")) {
        for (Sort sort : Sort.values()) {
          queries.add(new SearchQuery.Builder(text).sort(sort).curation(curation));
          queries.add(new SearchQuery.Builder(text).sort(sort).curation(curation).categories("01"));
        }
        queries.add(new SearchQuery.Builder(text).curation(curation).groupFamilies(true));
      }
    }
    return queries;
  }

  @ParameterizedTest
  @MethodSource("queries")
  void bothBackendsAnswerAlike(SearchQuery.Builder builder) {
    SearchQuery first = builder.page(Page.first(3)).build();
    SearchResult l = reference.search(first);
    SearchResult e = backend.search(first);
    assertAlike(l, e);
    // Follow the cursor to the end: same pages, same cursors.
    int pages = 0;
    while (l.nextCursor() != null && pages++ < 10) {
      SearchQuery next = builder.page(Page.after(l.nextCursor(), 3)).build();
      l = reference.search(next);
      e = backend.search(next);
      assertAlike(l, e);
    }
    // An offset page too.
    SearchQuery offset = builder.page(new Page(2, 3, null)).build();
    assertAlike(reference.search(offset), backend.search(offset));
  }

  private static void assertAlike(SearchResult reference, SearchResult backend) {
    assertThat(backend.total()).isEqualTo(reference.total());
    assertThat(backend.hits())
        .extracting(SearchResult.Hit::codeKey, SearchResult.Hit::score)
        .isEqualTo(
            reference.hits().stream()
                .map(h -> org.assertj.core.groups.Tuple.tuple(h.codeKey(), h.score()))
                .toList());
    assertThat(backend.facets()).isEqualTo(reference.facets());
    assertThat(backend.price()).isEqualTo(reference.price());
    assertThat(backend.nextCursor()).isEqualTo(reference.nextCursor());
  }
}
