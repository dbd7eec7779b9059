package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.BOSUNG;
import static kr.catalog.search.contract.Fixtures.CATALOG;
import static kr.catalog.search.contract.Fixtures.DRILLS;
import static kr.catalog.search.contract.Fixtures.DRILL_BOSCH;
import static kr.catalog.search.contract.Fixtures.DRILL_BOSUNG;
import static kr.catalog.search.contract.Fixtures.DRILL_MAKITA;
import static kr.catalog.search.contract.Fixtures.GLASSES_3M;
import static kr.catalog.search.contract.Fixtures.PRODUCTS;
import static kr.catalog.search.contract.Fixtures.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import kr.catalog.model.Catalog;
import kr.catalog.model.Product;
import kr.catalog.search.CatalogChanges;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchQuery.Flag;
import kr.catalog.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partial publication (issue #15, "publish while serving"): {@link SearchBackend#applyChanges}
 * serves a new catalog version by re-indexing only its added and changed products and deleting the
 * removed ones. The second version here renames Bosung's drill, adds a Bosung hammer drill and
 * drops 3M's glasses; every other product is left as it was, flags included. A subclass supplies
 * the backend.
 */
abstract class PublishChangesContract {

  /** Bosung's drill renamed: "임팩트" is a word of the second version only. */
  static final Product DRILL_BOSUNG_RENAMED =
      new Product(
          DRILL_BOSUNG.code(),
          DRILL_BOSUNG.codeKey(),
          DRILL_BOSUNG.family(),
          "보성공구 임팩트 전동드릴 BS-500",
          DRILL_BOSUNG.nameEn(),
          DRILL_BOSUNG.makerId(),
          DRILL_BOSUNG.categoryId(),
          35_000,
          DRILL_BOSUNG.origin(),
          DRILL_BOSUNG.brand(),
          false,
          false,
          false,
          Map.of(),
          List.of(),
          null,
          List.of());

  /** New in the second version. */
  static final Product HAMMER_BOSUNG =
      new Product(
          "BS-700H",
          "BS700H",
          "BS700H",
          "보성공구 햄머드릴 BS-700H",
          "Bosung hammer drill",
          BOSUNG.id(),
          DRILLS.id(),
          129_000,
          "KR",
          "보성공구",
          false,
          true,
          false,
          Map.of(),
          List.of(),
          null,
          List.of());

  static final Catalog SECOND =
      new Catalog(
          "fixture-2",
          CATALOG.makers(),
          CATALOG.categories(),
          secondProducts(),
          CATALOG.assets(),
          CATALOG.bookPages());

  static final CatalogChanges CHANGES =
      new CatalogChanges(
          CATALOG.version(),
          Set.of(DRILL_BOSUNG.codeKey(), HAMMER_BOSUNG.codeKey()),
          Set.of(GLASSES_3M.codeKey()));

  private static List<Product> secondProducts() {
    List<Product> products = new ArrayList<>();
    for (Product p : PRODUCTS) {
      if (p.codeKey().equals(DRILL_BOSUNG.codeKey())) {
        products.add(DRILL_BOSUNG_RENAMED);
      } else if (!p.codeKey().equals(GLASSES_3M.codeKey())) {
        products.add(p);
      }
    }
    products.add(HAMMER_BOSUNG);
    return products;
  }

  protected SearchBackend backend;

  /** A fresh, empty backend. */
  protected abstract SearchBackend createBackend() throws Exception;

  @BeforeEach
  void indexFirstVersion() throws Exception {
    backend = createBackend();
    backend.replaceCatalog(CATALOG, SIGNALS);
  }

  @AfterEach
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  private List<String> keys(SearchQuery query) {
    return backend.search(query).hits().stream().map(SearchResult.Hit::codeKey).toList();
  }

  @Test
  void changedAddedAndRemovedProductsAreServedAndTheOthersKeepTheirDocuments() {
    long before = backend.count();
    assertThat(keys(SearchQuery.text("임팩트"))).isEmpty();

    backend.applyChanges(
        SECOND,
        CHANGES,
        new ProductSignals(
            Map.of(HAMMER_BOSUNG.codeKey(), new ProductSignals.Signal(true, false))));

    // One removed, one added: the same number of searchable products.
    assertThat(backend.count()).isEqualTo(before);
    assertThat(keys(SearchQuery.text("임팩트"))).containsExactly(DRILL_BOSUNG.codeKey());
    assertThat(keys(SearchQuery.text("BS-700H"))).first().isEqualTo(HAMMER_BOSUNG.codeKey());
    assertThat(keys(SearchQuery.text("SF201AF"))).doesNotContain(GLASSES_3M.codeKey());
    assertThat(keys(SearchQuery.text("보안경"))).doesNotContain(GLASSES_3M.codeKey());
    // Untouched documents keep their text and flags: Makita's drill is still in stock, and the
    // new hammer drill got the signal sent with the changes.
    assertThat(keys(SearchQuery.text("GSB-13RE"))).first().isEqualTo(DRILL_BOSCH.codeKey());
    assertThat(keys(new SearchQuery.Builder("").flags(Flag.IN_STOCK).build()))
        .containsExactlyInAnyOrder(DRILL_MAKITA.codeKey(), HAMMER_BOSUNG.codeKey());
    // The price of the changed product is the new one (sort and statistics read it).
    assertThat(backend.search(SearchQuery.text("임팩트")).hits().get(0).codeKey())
        .isEqualTo(DRILL_BOSUNG.codeKey());
  }

  @Test
  void liveSignalsStillReachTheChangedCatalog() {
    backend.applyChanges(SECOND, CHANGES, ProductSignals.NONE);

    backend.updateSignals(
        new ProductSignals(Map.of(DRILL_BOSUNG.codeKey(), new ProductSignals.Signal(true, false))));

    // Rebuilt from the second version: in stock, and under its new name.
    assertThat(keys(new SearchQuery.Builder("임팩트").flags(Flag.IN_STOCK).build()))
        .containsExactly(DRILL_BOSUNG.codeKey());
  }

  @Test
  void changesForAnotherVersionAreRefusedAndTheServedCatalogStays() {
    CatalogChanges stale = new CatalogChanges("fixture-0", CHANGES.upserted(), CHANGES.removed());

    assertThatThrownBy(() -> backend.applyChanges(SECOND, stale, ProductSignals.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fixture-0");

    assertThat(keys(SearchQuery.text("SF201AF"))).first().isEqualTo(GLASSES_3M.codeKey());
    assertThat(keys(SearchQuery.text("임팩트"))).isEmpty();
    // The version did not move: the same changes for the served version still apply.
    backend.applyChanges(SECOND, CHANGES, ProductSignals.NONE);
    assertThat(keys(SearchQuery.text("임팩트"))).containsExactly(DRILL_BOSUNG.codeKey());
  }

  @Test
  void searchesWhilePublishingNeverFailAndNeverComeBackEmpty() throws Exception {
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
                      // Both match in both versions: the Bosch drill and the drills category.
                      if (!keys(SearchQuery.text("GSB-13RE")).contains(DRILL_BOSCH.codeKey())) {
                        wrong.add("code search lost the Bosch drill");
                      }
                      if (backend.search(SearchQuery.text("전동드릴")).total() == 0) {
                        wrong.add("no drills");
                      }
                    } catch (RuntimeException e) {
                      wrong.add(e.toString());
                    }
                    searches.incrementAndGet();
                  }
                }));
      }
      // Back and forth, each publication a partial one from the version served.
      Catalog served = CATALOG;
      for (int i = 0; i < 6; i++) {
        boolean toSecond = i % 2 == 0;
        Catalog like = toSecond ? SECOND : CATALOG;
        Catalog next =
            new Catalog(
                like.version() + "-" + i,
                like.makers(),
                like.categories(),
                like.products(),
                like.assets(),
                like.bookPages());
        CatalogChanges changes =
            toSecond
                ? new CatalogChanges(served.version(), CHANGES.upserted(), CHANGES.removed())
                : new CatalogChanges(
                    served.version(),
                    Set.of(DRILL_BOSUNG.codeKey(), GLASSES_3M.codeKey()),
                    Set.of(HAMMER_BOSUNG.codeKey()));
        backend.applyChanges(next, changes, SIGNALS);
        served = next;
        Thread.sleep(20);
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
  }
}
