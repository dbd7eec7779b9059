package kr.catalog.api.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.catalog.model.Catalog;
import kr.catalog.model.OrderHistory;
import kr.catalog.sample.SampleCatalog;
import org.junit.jupiter.api.Test;

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
}
