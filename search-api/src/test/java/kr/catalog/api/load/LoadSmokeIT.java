package kr.catalog.api.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.model.Catalog;
import kr.catalog.sample.SampleCatalog;
import kr.catalog.search.load.HttpTarget;
import kr.catalog.search.load.LoadMix;
import kr.catalog.search.load.LoadReport;
import kr.catalog.search.load.LoadRequest;
import kr.catalog.search.load.LoadRunner;
import org.junit.jupiter.api.Test;

/**
 * A few seconds of the load driver ({@code kr.catalog.search.load}) against the running application
 * on the sample catalog: every kind of request of the mix, searches to orders, is answered without
 * a single error. The long run on the full catalog is {@code src/bench/load-suite.sh}, on request.
 */
@QuarkusTest
class LoadSmokeIT {

  @TestHTTPResource("/")
  URI root;

  @Inject CatalogConfig config;

  @Test
  void aShortRunOfEveryKindOfRequestHasNoErrors() throws Exception {
    Catalog catalog = SampleCatalog.ensure(config.dataDir());
    HttpTarget target =
        new HttpTarget(root, "smoke-" + System.nanoTime(), Duration.ofSeconds(30)).login();
    LoadMix.Context context = target.discover(catalog, 50, 1);
    // The sample has its book, stock and customers: nothing of the mix is left out.
    assertThat(context.books()).isNotEmpty();
    assertThat(context.orderableCodes()).isNotEmpty();
    assertThat(context.staffCustomerId()).isNotNull();
    // Every kind equally often, so a short run sends each of them several times.
    Map<LoadMix.Kind, Integer> equal = new EnumMap<>(LoadMix.Kind.class);
    Arrays.stream(LoadMix.Kind.values()).forEach(k -> equal.put(k, 1));
    List<LoadRequest> mix = LoadMix.generate(catalog, context, equal, 5_000, 20261123);

    LoadReport report =
        LoadRunner.run(
            "smoke", mix, target, new LoadRunner.Settings(4, Duration.ZERO, Duration.ofSeconds(4)));

    assertThat(report.total().errorsByOutcome()).isEmpty();
    assertThat(report.total().errors()).isZero();
    long sent = report.total().count();
    assertThat(sent).isGreaterThan(20);
    // No warm-up: what was measured is the start of the mix, bar the requests still in flight.
    Set<String> expected =
        mix.subList(0, (int) sent - 4).stream().map(LoadRequest::kind).collect(Collectors.toSet());
    assertThat(report.rows()).extracting(LoadReport.Row::kind).containsAll(expected);
    assertThat(expected).contains("search.text", "order", "quote", "ebook.page");
  }
}
