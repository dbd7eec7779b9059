package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.CATALOG;
import static kr.catalog.search.contract.Fixtures.DRILL_BOSCH;
import static kr.catalog.search.contract.Fixtures.DRILL_MAKITA;
import static kr.catalog.search.contract.Fixtures.GLASSES_3M;
import static kr.catalog.search.contract.Fixtures.PRODUCTS;
import static kr.catalog.search.contract.Fixtures.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kr.catalog.model.Product;
import kr.catalog.search.Facet;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.ProductSignals.Signal;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchQuery.Flag;
import kr.catalog.search.SearchQuery.Sort;
import kr.catalog.search.SearchResult;
import kr.catalog.search.SearchResult.FacetValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live signals (issue #15): {@link SearchBackend#updateSignals} changes the in-stock and discount
 * flags and the stores holding stock (issue #17: the {@code store} filter and facet) of the
 * products it names, as a partial update of the live index, visible to filters and facet counts
 * when it returns, and leaves everything else as it was. Each test gets a fresh backend holding the
 * fixture catalog with {@link Fixtures#SIGNALS} (Makita's drill in stock and discounted, 3M's
 * glasses in stock). A subclass supplies the backend.
 */
abstract class LiveSignalsContract {

  private static final Signal OUT = new Signal(false, false);
  private static final Signal IN_STOCK = new Signal(true, false);
  private static final Signal DISCOUNTED = new Signal(false, true);

  protected SearchBackend backend;

  /** A fresh, empty backend. */
  protected abstract SearchBackend createBackend() throws Exception;

  @BeforeEach
  void indexFixtures() throws Exception {
    backend = createBackend();
    backend.replaceCatalog(CATALOG, SIGNALS);
  }

  @AfterEach
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  private static SearchQuery withFlags(Flag... flags) {
    return new SearchQuery.Builder("").flags(flags).build();
  }

  private static List<String> keys(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::codeKey).toList();
  }

  private static ProductSignals signals(Product p, Signal s) {
    return new ProductSignals(Map.of(p.codeKey(), s));
  }

  private List<FacetValue> flagFacet() {
    return backend.search(SearchQuery.text("")).facets().get(Facet.FLAG);
  }

  @Test
  void aProductSoldOutLeavesTheInStockFilterAndFacetAndOthersKeepTheirFlags() {
    // Asked once before the update: a facet cache must not answer the same query afterwards.
    assertThat(keys(backend.search(withFlags(Flag.IN_STOCK))))
        .containsExactlyInAnyOrder(DRILL_MAKITA.codeKey(), GLASSES_3M.codeKey());
    assertThat(flagFacet())
        .extracting(FacetValue::value, FacetValue::count)
        .contains(tuple("in_stock", 2L), tuple("discount", 1L));

    backend.updateSignals(signals(GLASSES_3M, OUT));

    assertThat(keys(backend.search(withFlags(Flag.IN_STOCK))))
        .containsExactly(DRILL_MAKITA.codeKey());
    // Makita's drill, not named in the update, keeps both of its flags.
    assertThat(flagFacet())
        .extracting(FacetValue::value, FacetValue::count)
        .contains(tuple("in_stock", 1L), tuple("discount", 1L));
    assertThat(keys(backend.search(withFlags(Flag.DISCOUNT))))
        .containsExactly(DRILL_MAKITA.codeKey());
  }

  @Test
  void aDiscountTurnsOnAndOff() {
    backend.updateSignals(signals(DRILL_BOSCH, DISCOUNTED));
    assertThat(keys(backend.search(withFlags(Flag.DISCOUNT))))
        .containsExactlyInAnyOrder(DRILL_BOSCH.codeKey(), DRILL_MAKITA.codeKey());

    backend.updateSignals(signals(DRILL_BOSCH, OUT));
    assertThat(keys(backend.search(withFlags(Flag.DISCOUNT))))
        .containsExactly(DRILL_MAKITA.codeKey());
    assertThat(flagFacet())
        .extracting(FacetValue::value, FacetValue::count)
        .contains(tuple("in_stock", 2L), tuple("discount", 1L));
  }

  @Test
  void anUpdatedProductKeepsItsTextMatchesAndPlaceInEverySort() {
    SearchQuery byPrice = new SearchQuery.Builder("").sort(Sort.PRICE_DESC).build();
    SearchQuery newest = new SearchQuery.Builder("").sort(Sort.NEWEST).build();
    List<String> priceOrder = keys(backend.search(byPrice));
    List<String> newestOrder = keys(backend.search(newest));
    SearchResult byCodeBefore = backend.search(SearchQuery.text("GSB-13RE"));
    SearchResult manualBefore = backend.search(SearchQuery.text("전동드릴"));

    backend.updateSignals(
        new ProductSignals(
            Map.of(DRILL_BOSCH.codeKey(), new Signal(true, true), GLASSES_3M.codeKey(), OUT)));

    assertThat(keys(backend.search(byPrice))).isEqualTo(priceOrder);
    assertThat(keys(backend.search(newest))).isEqualTo(newestOrder);
    SearchResult byCodeAfter = backend.search(SearchQuery.text("GSB-13RE"));
    assertThat(keys(byCodeAfter)).isEqualTo(keys(byCodeBefore));
    assertThat(byCodeAfter.hits().get(0).score()).isEqualTo(byCodeBefore.hits().get(0).score());
    assertThat(keys(backend.search(SearchQuery.text("전동드릴")))).isEqualTo(keys(manualBefore));
    assertThat(backend.count()).isEqualTo(PRODUCTS.size() - 1);
  }

  private static SearchQuery atStores(String... stores) {
    return new SearchQuery.Builder("").stores(stores).build();
  }

  private List<FacetValue> storeFacet(SearchQuery q) {
    return backend.search(q).facets().get(Facet.STORE);
  }

  @Test
  void storeStockChangesMoveTheStoreFilterAndFacetAndLeaveTheFlags() {
    assertThat(keys(backend.search(atStores("SEONGSU")))).isEmpty();
    assertThat(storeFacet(SearchQuery.text(""))).isEmpty();

    backend.updateSignals(
        new ProductSignals(
            Map.of(
                DRILL_BOSCH.codeKey(),
                new Signal(false, false, Set.of("SEONGSU", "GURO")),
                GLASSES_3M.codeKey(),
                new Signal(true, false, Set.of("SEONGSU")))));

    assertThat(keys(backend.search(atStores("SEONGSU"))))
        .containsExactlyInAnyOrder(DRILL_BOSCH.codeKey(), GLASSES_3M.codeKey());
    assertThat(keys(backend.search(atStores("GURO")))).containsExactly(DRILL_BOSCH.codeKey());
    // Any of the selected stores.
    assertThat(keys(backend.search(atStores("GURO", "INCHEON"))))
        .containsExactly(DRILL_BOSCH.codeKey());
    // Most products first, then by code.
    assertThat(storeFacet(SearchQuery.text("")))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("SEONGSU", 2L), tuple("GURO", 1L));
    // Stock at a store is not stock at the warehouse: the in-stock flag is its own signal.
    assertThat(keys(backend.search(withFlags(Flag.IN_STOCK))))
        .containsExactlyInAnyOrder(DRILL_MAKITA.codeKey(), GLASSES_3M.codeKey());

    // 성수점 sells its last pair of glasses.
    backend.updateSignals(signals(GLASSES_3M, IN_STOCK));

    assertThat(keys(backend.search(atStores("SEONGSU")))).containsExactly(DRILL_BOSCH.codeKey());
    // A tie: by store code.
    assertThat(storeFacet(SearchQuery.text("")))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("GURO", 1L), tuple("SEONGSU", 1L));
  }

  @Test
  void theStoreFacetIgnoresItsOwnSelectionAndRespectsTheOthers() {
    backend.updateSignals(
        new ProductSignals(
            Map.of(
                DRILL_BOSCH.codeKey(),
                new Signal(false, false, Set.of("SEONGSU")),
                DRILL_MAKITA.codeKey(),
                new Signal(true, true, Set.of("GURO")),
                GLASSES_3M.codeKey(),
                new Signal(true, false, Set.of("GURO")))));

    // Ticking 성수점 keeps 구로점's count visible (disjunctive), and a ticked store nobody holds
    // stays listed with 0.
    SearchResult seongsu = backend.search(atStores("SEONGSU", "BUSAN"));
    assertThat(keys(seongsu)).containsExactly(DRILL_BOSCH.codeKey());
    assertThat(seongsu.facets().get(Facet.STORE))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("GURO", 2L), tuple("SEONGSU", 1L), tuple("BUSAN", 0L));
    // The maker facet counts within the selected store only.
    assertThat(seongsu.facets().get(Facet.MAKER))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple(DRILL_BOSCH.makerId(), 1L));
    // Other filters narrow the store counts: in stock at the warehouse leaves Bosch's drill out.
    assertThat(storeFacet(withFlags(Flag.IN_STOCK)))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("GURO", 2L));
  }

  @Test
  void aFullBuildIndexesTheStoresOfItsSignals() {
    backend.replaceCatalog(
        CATALOG,
        new ProductSignals(
            Map.of(
                GLASSES_3M.codeKey(), new Signal(true, false, Set.of("INCHEON")),
                DRILL_MAKITA.codeKey(), new Signal(true, true))));

    assertThat(keys(backend.search(atStores("INCHEON")))).containsExactly(GLASSES_3M.codeKey());
    assertThat(storeFacet(SearchQuery.text("")))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("INCHEON", 1L));
  }

  @Test
  void unknownCodeKeysAreIgnored() {
    backend.updateSignals(new ProductSignals(Map.of("NO-SUCH-CODE", IN_STOCK)));

    assertThat(backend.count()).isEqualTo(PRODUCTS.size() - 1);
    assertThat(keys(backend.search(withFlags(Flag.IN_STOCK))))
        .containsExactlyInAnyOrder(DRILL_MAKITA.codeKey(), GLASSES_3M.codeKey());
  }

  @Test
  void aReplaceWithSignalsComputedBeforeAnUpdateKeepsTheUpdate() {
    backend.updateSignals(signals(GLASSES_3M, OUT));

    // SIGNALS still say the glasses are in stock: computed before the update, as a reindex that
    // read stock just before an order took the last unit would.
    backend.replaceCatalog(CATALOG, SIGNALS);

    assertThat(keys(backend.search(withFlags(Flag.IN_STOCK))))
        .containsExactly(DRILL_MAKITA.codeKey());
  }

  @Test
  void updatesDuringRepeatedReplacesAreNeverLost() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      AtomicBoolean stop = new AtomicBoolean();
      Future<Integer> replacing =
          pool.submit(
              () -> {
                int replaces = 0;
                while (!stop.get() || replaces == 0) {
                  backend.replaceCatalog(CATALOG, SIGNALS);
                  replaces++;
                }
                return replaces;
              });
      // Toggle the glasses while replaces run; the last update says out of stock.
      for (int i = 0; i < 10; i++) {
        backend.updateSignals(signals(GLASSES_3M, i % 2 == 0 ? IN_STOCK : OUT));
      }
      stop.set(true);
      assertThat(replacing.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(keys(backend.search(withFlags(Flag.IN_STOCK))))
        .containsExactly(DRILL_MAKITA.codeKey());
  }

  @Test
  void searchesDuringUpdatesNeverFailNorComeBackEmpty() throws Exception {
    long searchable = PRODUCTS.size() - 1;
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger searches = new AtomicInteger();
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        running.add(
            pool.submit(
                () -> {
                  while (!stop.get()) {
                    try {
                      SearchResult all = backend.search(SearchQuery.text(""));
                      if (all.total() != searchable) {
                        wrong.add("match-all total " + all.total());
                      }
                      // Makita's drill is never updated: it is in stock throughout.
                      List<String> inStock = keys(backend.search(withFlags(Flag.IN_STOCK)));
                      if (!inStock.contains(DRILL_MAKITA.codeKey())) {
                        wrong.add("in stock " + inStock);
                      }
                      searches.addAndGet(2);
                    } catch (RuntimeException e) {
                      wrong.add("failed: " + e);
                    }
                  }
                  return null;
                }));
      }
      for (int i = 0; i < 30; i++) {
        backend.updateSignals(signals(GLASSES_3M, i % 2 == 0 ? OUT : IN_STOCK));
      }
      stop.set(true);
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
    assertThat(wrong).isEmpty();
    assertThat(searches.get()).isPositive();
    // The last update put the glasses back in stock.
    assertThat(keys(backend.search(withFlags(Flag.IN_STOCK))))
        .containsExactlyInAnyOrder(DRILL_MAKITA.codeKey(), GLASSES_3M.codeKey());
  }
}
