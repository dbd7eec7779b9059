package kr.catalog.api.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.model.Catalog;
import kr.catalog.model.OrderHistory;
import kr.catalog.sample.CatalogGenerator;
import kr.catalog.sample.GeneratedFeeds;
import kr.catalog.sample.OrderHistoryGenerator;
import kr.catalog.sample.SampleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline measure on the bundled sample's history (figures in docs/ORDERS.md): the usual items
 * must find the customer's next order clearly more often than the 10 best sellers do.
 */
class RecommendationHitRateTest {

  @Test
  void usualItemsBeatThePopularityBaselineOnTheHiddenLastOrders() throws Exception {
    Path data = Path.of("target/test-data");
    Catalog catalog = SampleCatalog.ensure(data);
    OrderHistory history = SampleCatalog.ensureHistory(data.resolve("catalog"), catalog);

    RecommendationHitRate.Result r = RecommendationHitRate.measure(catalog, history);
    System.out.println("offline measure, sample catalog: " + r);

    // Every customer of the sample history has many orders over 18 months.
    assertThat(r.customers()).isEqualTo(history.customers().size());
    assertThat(r.hitRate()).isGreaterThan(r.baselineHitRate() + 0.2);
    assertThat(r.recall()).isGreaterThan(r.baselineRecall());
  }

  /**
   * The same on the full catalog's 133,323 canonical products (the generator's own list, without
   * the ingest, which would make the same products), with the time the history takes to generate.
   * Minutes and about 1.5 GB of heap: only with {@code -Dhitrate.full=true}.
   */
  @Test
  @EnabledIfSystemProperty(named = "hitrate.full", matches = "true")
  void onTheFullCatalogToo(@TempDir Path feeds) throws Exception {
    GeneratedFeeds g =
        new CatalogGenerator(CatalogGenerator.Size.FULL).generate(feeds, Progress.NONE);
    Catalog catalog =
        new Catalog(
            "full-canonical", g.makers(), g.categories(), g.products(), List.of(), List.of());
    long started = System.nanoTime();
    OrderHistory history = new OrderHistoryGenerator().generate(catalog);
    long generated = (System.nanoTime() - started) / 1_000_000;
    RecommendationHitRate.Result r = RecommendationHitRate.measure(catalog, history);
    System.out.println(
        "offline measure, full catalog ("
            + catalog.products().size()
            + " products; history of "
            + history.customers().size()
            + " customers, "
            + history.orders().size()
            + " orders, "
            + history.orders().stream().mapToLong(o -> o.lines().size()).sum()
            + " lines generated in "
            + generated
            + " ms): "
            + r);
    assertThat(r.hitRate()).isGreaterThan(r.baselineHitRate() + 0.2);
  }
}
