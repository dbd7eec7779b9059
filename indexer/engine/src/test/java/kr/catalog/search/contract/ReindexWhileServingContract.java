package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.CATALOG;
import static kr.catalog.search.contract.Fixtures.DRILL_BOSCH;
import static kr.catalog.search.contract.Fixtures.PRODUCTS;
import static kr.catalog.search.contract.Fixtures.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * A reindex while serving (issue #9): searches from several threads keep running while the catalog
 * is replaced again and again (Lucene: a new build directory swapped in; Elasticsearch: a new
 * index, the alias switched and the old index deleted). Not one search may fail or come back empty
 * or partial for queries that must match, and searches must be shown to have been answered while a
 * replace was in progress (not only between replaces): replaces go on, beyond the first four, until
 * at least one search both started and finished inside one. A subclass supplies the backend; the
 * counts go to {@code target/reliability/reindex-while-serving-<backend>.txt}.
 */
abstract class ReindexWhileServingContract {
  private static final int SEARCHERS = 3;
  private static final int REPLACES = 4;

  /** Replaces at most, waiting for a search inside one (each takes a fraction of a second). */
  private static final int MAX_REPLACES = 40;

  /** A fresh, empty backend. */
  protected abstract SearchBackend createBackend() throws Exception;

  @Test
  void searchesDuringRepeatedReplacesNeverFailAndNeverComeBackEmpty() throws Exception {
    try (SearchBackend backend = createBackend()) {
      backend.replaceCatalog(CATALOG, SIGNALS);
      long searchable = PRODUCTS.size() - 1; // one fixture product is discontinued
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger searches = new AtomicInteger();
      // Replaces begun and ended: a search that reads begun > ended before it starts and the same
      // ended after it finished ran entirely inside one replace.
      AtomicInteger replacesBegun = new AtomicInteger();
      AtomicInteger replacesEnded = new AtomicInteger();
      AtomicInteger searchesDuringReplace = new AtomicInteger();
      List<String> wrong = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS);
      long started = System.nanoTime();
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < SEARCHERS; t++) {
          running.add(
              pool.submit(
                  () -> {
                    while (!stop.get()) {
                      int begun = replacesBegun.get();
                      int ended = replacesEnded.get();
                      try {
                        SearchResult all = backend.search(SearchQuery.text(""));
                        if (all.total() != searchable) {
                          wrong.add("match-all total " + all.total());
                        }
                        List<String> byCode =
                            backend.search(SearchQuery.text("GSB-13RE")).hits().stream()
                                .map(SearchResult.Hit::codeKey)
                                .toList();
                        if (byCode.isEmpty() || !byCode.get(0).equals(DRILL_BOSCH.codeKey())) {
                          wrong.add("code search " + byCode);
                        }
                        if (backend.lookup(new LookupQuery("gsb13re", null, 5)).isEmpty()) {
                          wrong.add("lookup empty");
                        }
                        searches.addAndGet(3);
                        if (begun > ended && replacesEnded.get() == ended) {
                          searchesDuringReplace.addAndGet(3);
                        }
                      } catch (RuntimeException e) {
                        wrong.add("failed: " + e);
                      }
                    }
                    return null;
                  }));
        }
        int replaces = 0;
        while (replaces < REPLACES
            || (searchesDuringReplace.get() == 0 && replaces < MAX_REPLACES)) {
          replacesBegun.incrementAndGet();
          backend.replaceCatalog(CATALOG, SIGNALS);
          replacesEnded.incrementAndGet();
          replaces++;
        }
        stop.set(true);
        for (Future<?> f : running) {
          f.get();
        }
      } finally {
        stop.set(true);
        pool.shutdownNow();
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      Path report =
          Path.of("target", "reliability", "reindex-while-serving-" + backend.name() + ".txt");
      Files.createDirectories(report.getParent());
      Files.writeString(
          report,
          String.format(
              Locale.ROOT,
              "backend=%s replaces=%d searches=%d during-replaces=%d wrong=%d in %d ms%n",
              backend.name(),
              replacesEnded.get(),
              searches.get(),
              searchesDuringReplace.get(),
              wrong.size(),
              millis),
          StandardCharsets.UTF_8);
      assertThat(wrong).as("failed, empty or partial searches").isEmpty();
      assertThat(searches.get()).isPositive();
      assertThat(searchesDuringReplace.get())
          .as("searches answered while a replace was in progress")
          .isPositive();
    }
  }
}
