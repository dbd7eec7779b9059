package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import kr.catalog.testharness.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Curated searches give exactly the same answer on Lucene and Elasticsearch: every page (followed
 * by cursor where there is one), with scores, totals, facets, price statistics and cursors, for
 * collections, hidden products, factors and pins in every sort, and without curation. The contract
 * suite checks each backend against hand-written expectations; this checks them against each other
 * on many more combinations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurationParityTest {

  private SearchBackend lucene;
  private SearchBackend elasticsearch;

  @BeforeAll
  void indexBoth() throws Exception {
    lucene = SearchBackends.lucene(Files.createTempDirectory("curation-parity"));
    String alias =
        "parity-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    elasticsearch =
        SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
    lucene.replaceCatalog(CATALOG, SIGNALS);
    elasticsearch.replaceCatalog(CATALOG, SIGNALS);
  }

  @AfterAll
  void closeBoth() {
    if (lucene != null) {
      lucene.close();
    }
    if (elasticsearch != null) {
      elasticsearch.close();
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
    SearchResult l = lucene.search(first);
    SearchResult e = elasticsearch.search(first);
    assertAlike(l, e);
    // Follow the cursor to the end: same pages, same cursors.
    int pages = 0;
    while (l.nextCursor() != null && pages++ < 10) {
      SearchQuery next = builder.page(Page.after(l.nextCursor(), 3)).build();
      l = lucene.search(next);
      e = elasticsearch.search(next);
      assertAlike(l, e);
    }
    // An offset page too.
    SearchQuery offset = builder.page(new Page(2, 3, null)).build();
    assertAlike(lucene.search(offset), elasticsearch.search(offset));
  }

  private static void assertAlike(SearchResult lucene, SearchResult elasticsearch) {
    assertThat(elasticsearch.total()).isEqualTo(lucene.total());
    assertThat(elasticsearch.hits())
        .extracting(SearchResult.Hit::codeKey, SearchResult.Hit::score)
        .isEqualTo(
            lucene.hits().stream()
                .map(h -> org.assertj.core.groups.Tuple.tuple(h.codeKey(), h.score()))
                .toList());
    assertThat(elasticsearch.facets()).isEqualTo(lucene.facets());
    assertThat(elasticsearch.price()).isEqualTo(lucene.price());
    assertThat(elasticsearch.nextCursor()).isEqualTo(lucene.nextCursor());
  }
}
