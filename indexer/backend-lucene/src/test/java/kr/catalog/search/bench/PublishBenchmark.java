package kr.catalog.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Product;
import kr.catalog.search.CatalogChanges;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (not named *Test: runs only when asked): on a real catalog, the time of a
 * partial publication of a small change set against a full build, and search latency while each
 * runs. Run: {@code ./mvnw -o -B -q -pl indexer/backend-lucene -am test -Dtest=PublishBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpublish.bench.catalog=/work/full/out/catalog
 * [-Dpublish.bench.changes=100]}; figures in {@code target/reliability/publish-lucene.txt}.
 */
class PublishBenchmark {

  @Test
  void partialPublicationAgainstFullBuild() throws Exception {
    String location = System.getProperty("publish.bench.catalog");
    Assumptions.assumeTrue(location != null, "set -Dpublish.bench.catalog=DIR");
    int changed = Integer.getInteger("publish.bench.changes", 100);
    Catalog v1 = new CatalogStore(Path.of(location)).read();
    // A change set like a supplier update: prices of `changed` products spread over the catalog.
    List<Product> products = new ArrayList<>(v1.products());
    Set<String> upserted = new HashSet<>();
    int step = Math.max(1, products.size() / changed);
    for (int i = 0; i < products.size() && upserted.size() < changed; i += step) {
      Product p = products.get(i);
      products.set(
          i,
          new Product(
              p.code(),
              p.codeKey(),
              p.family(),
              p.nameKo(),
              p.nameEn(),
              p.makerId(),
              p.categoryId(),
              p.listPrice() + 100,
              p.origin(),
              p.brand(),
              p.privateBrand(),
              p.newProduct(),
              p.discontinued(),
              p.specs(),
              p.videoUrls(),
              p.releasedOn(),
              p.identifiers()));
      upserted.add(p.codeKey());
    }
    Catalog v2 =
        new Catalog(
            v1.version() + "-b",
            v1.makers(),
            v1.categories(),
            products,
            v1.assets(),
            v1.bookPages());
    Catalog v3 =
        new Catalog(
            v1.version() + "-c",
            v1.makers(),
            v1.categories(),
            products,
            v1.assets(),
            v1.bookPages());
    Path dir = Files.createTempDirectory("publish-bench");
    StringBuilder report = new StringBuilder();
    try (SearchBackend backend = SearchBackends.lucene(dir)) {
      long t0 = System.nanoTime();
      backend.replaceCatalog(v1, ProductSignals.NONE);
      report.append(line("first build (not timed under searches)", t0, null));

      Latencies partial = new Latencies(backend);
      long t1 = System.nanoTime();
      backend.applyChanges(
          v2, new CatalogChanges(v1.version(), upserted, Set.of()), ProductSignals.NONE);
      report.append(
          line("partial publication, " + upserted.size() + " products", t1, partial.stop()));

      Latencies full = new Latencies(backend);
      long t2 = System.nanoTime();
      backend.replaceCatalog(v3, ProductSignals.NONE);
      report.append(line("full build (Lucene swap)", t2, full.stop()));
      assertThat(backend.count()).isPositive();
    }
    Path out = Path.of("target", "reliability", "publish-lucene.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        String.format(
                Locale.ROOT,
                "catalog %s, %d products, %d cores, load %s%n",
                location,
                v1.products().size(),
                Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip())
            + report,
        StandardCharsets.UTF_8);
    System.out.println(Files.readString(out, StandardCharsets.UTF_8));
  }

  private static String line(String what, long startedNanos, String latencies) {
    return String.format(
        Locale.ROOT,
        "%-45s %8.1f s%s%n",
        what,
        (System.nanoTime() - startedNanos) / 1e9,
        latencies == null ? "" : "; searches meanwhile: " + latencies);
  }

  /** One thread searching without a pause; counts failures and empty answers. */
  private static final class Latencies {
    private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;
    private volatile int wrong;

    Latencies(SearchBackend backend) {
      thread =
          new Thread(
              () -> {
                while (!stop.get()) {
                  long t = System.nanoTime();
                  try {
                    if (backend.search(SearchQuery.text("드릴")).total() == 0) {
                      wrong++;
                    }
                  } catch (RuntimeException e) {
                    wrong++;
                  }
                  millis.add((System.nanoTime() - t) / 1_000_000);
                }
              });
      thread.start();
    }

    String stop() throws InterruptedException {
      stop.set(true);
      thread.join();
      List<Long> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        return "none";
      }
      return String.format(
          Locale.ROOT,
          "%d searches, p50 %d ms, p99 %d ms, max %d ms, %d failed or empty",
          sorted.size(),
          sorted.get(sorted.size() / 2),
          sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)),
          sorted.get(sorted.size() - 1),
          wrong);
    }
  }
}
