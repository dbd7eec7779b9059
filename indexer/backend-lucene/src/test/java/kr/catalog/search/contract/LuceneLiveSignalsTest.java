package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.CATALOG;
import static kr.catalog.search.contract.Fixtures.DRILL_MAKITA;
import static kr.catalog.search.contract.Fixtures.GLASSES_3M;
import static kr.catalog.search.contract.Fixtures.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Catalog;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import org.junit.jupiter.api.Test;

/** Live signals on the embedded Lucene backend, and across a restart that reopens the index. */
class LuceneLiveSignalsTest extends LiveSignalsContract {

  @Override
  protected SearchBackend createBackend() throws Exception {
    return SearchBackends.lucene(Files.createTempDirectory("lucene-signals"));
  }

  private static List<String> inStock(SearchBackend b) {
    return b
        .search(new SearchQuery.Builder("").flags(SearchQuery.Flag.IN_STOCK).build())
        .hits()
        .stream()
        .map(SearchResult.Hit::codeKey)
        .toList();
  }

  @Test
  void aReopenedIndexKeepsCommittedUpdatesAndTakesNewOnesOnceTheCatalogIsAttached()
      throws Exception {
    Path dir = Files.createTempDirectory("lucene-signals-reopen");
    try (SearchBackend first = SearchBackends.lucene(dir)) {
      first.replaceCatalog(CATALOG, SIGNALS);
      first.updateSignals(
          new ProductSignals(
              Map.of(GLASSES_3M.codeKey(), new ProductSignals.Signal(false, false))));
    }
    try (SearchBackend reopened = SearchBackends.lucene(dir)) {
      assertThat(inStock(reopened)).containsExactly(DRILL_MAKITA.codeKey());

      // Received before the catalog is attached: applied when it is.
      reopened.updateSignals(
          new ProductSignals(Map.of(GLASSES_3M.codeKey(), new ProductSignals.Signal(true, false))));
      assertThat(inStock(reopened)).containsExactly(DRILL_MAKITA.codeKey());
      reopened.attachCatalog(CATALOG);
      assertThat(inStock(reopened))
          .containsExactlyInAnyOrder(DRILL_MAKITA.codeKey(), GLASSES_3M.codeKey());

      Catalog other =
          new Catalog(
              "fixture-2",
              CATALOG.makers(),
              CATALOG.categories(),
              CATALOG.products(),
              CATALOG.assets(),
              CATALOG.bookPages());
      assertThatThrownBy(() -> reopened.attachCatalog(other))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("fixture-1");
    }
  }
}
