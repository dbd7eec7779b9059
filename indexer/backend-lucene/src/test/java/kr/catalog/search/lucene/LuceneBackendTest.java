package kr.catalog.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds on disk: reopening after a restart, replacing while searching. */
class LuceneBackendTest {

  private static final Maker HILTI = new Maker("hilti", "힐티", "Hilti", List.of());
  private static final Category TOOLS = new Category("01", null, "공구", "Tools");

  @TempDir Path dir;

  private static Product drill(String code, String name) {
    return new Product(
        code,
        code,
        code,
        name,
        "",
        HILTI.id(),
        TOOLS.id(),
        100_000,
        "LI",
        "Hilti",
        false,
        false,
        false,
        Map.of(),
        List.of(),
        LocalDate.of(2024, 1, 1));
  }

  private static Catalog catalog(String version, Product... products) {
    return new Catalog(
        version, List.of(HILTI), List.of(TOOLS), List.of(products), List.of(), List.of());
  }

  private List<Path> builds() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().startsWith("build-")).toList();
    }
  }

  @Test
  void reopensTheLastBuildAfterARestart() throws IOException {
    try (SearchBackend backend = SearchBackends.lucene(dir)) {
      backend.replaceCatalog(catalog("v1", drill("TE2", "힐티 해머드릴 TE 2")));
      backend.replaceCatalog(catalog("v2", drill("TE30", "힐티 해머드릴 TE 30")));
    }
    // Only the published build is kept on disk.
    assertThat(builds()).hasSize(1);
    try (SearchBackend restarted = SearchBackends.lucene(dir)) {
      assertThat(restarted.health().details()).containsEntry("catalog", "v2");
      assertThat(restarted.search(SearchQuery.text("해머드릴")).hits())
          .extracting(SearchResult.Hit::codeKey)
          .containsExactly("TE30");
      assertThat(restarted.searchMakers("ㅎㅌ", SearchQuery.text(""), 5))
          .extracting(SearchResult.FacetValue::value)
          .containsExactly("hilti");
    }
  }

  @Test
  void anEmptyDirectoryServesNothingAndSaysSo() {
    try (SearchBackend backend = SearchBackends.lucene(dir)) {
      assertThat(backend.health().up()).isFalse();
      assertThat(backend.search(SearchQuery.text("드릴")).total()).isZero();
      assertThat(backend.count()).isZero();
    }
  }

  @Test
  void searchesRunningDuringAReplaceSeeOneCatalogOrTheOther() throws Exception {
    try (SearchBackend backend = SearchBackends.lucene(dir)) {
      backend.replaceCatalog(catalog("v1", drill("TE2", "힐티 해머드릴 TE 2")));
      AtomicBoolean stop = new AtomicBoolean();
      // Replaces begun and ended: a search reading begun > ended before it starts and the same
      // ended after it finished ran entirely inside one replace.
      AtomicInteger begun = new AtomicInteger();
      AtomicInteger ended = new AtomicInteger();
      AtomicInteger duringReplace = new AtomicInteger();
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<Integer> searches =
            pool.submit(
                () -> {
                  int n = 0;
                  while (!stop.get()) {
                    int begunBefore = begun.get();
                    int endedBefore = ended.get();
                    List<String> keys =
                        backend.search(SearchQuery.text("해머드릴")).hits().stream()
                            .map(SearchResult.Hit::codeKey)
                            .toList();
                    // Never empty, never both: the switch is atomic.
                    assertThat(keys).hasSize(1).containsAnyOf("TE2", "TE30");
                    if (begunBefore > endedBefore && ended.get() == endedBefore) {
                      duringReplace.incrementAndGet();
                    }
                    n++;
                  }
                  return n;
                });
        // Five replaces at least, more (up to 40) until a search ran inside one.
        for (int i = 0; i < 5 || (duringReplace.get() == 0 && i < 40); i++) {
          begun.incrementAndGet();
          backend.replaceCatalog(
              catalog("v" + (i + 2), drill(i % 2 == 0 ? "TE30" : "TE2", "힐티 해머드릴")));
          ended.incrementAndGet();
        }
        stop.set(true);
        assertThat(searches.get()).isPositive();
        assertThat(duringReplace.get())
            .as("searches answered while a replace was in progress")
            .isPositive();
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
