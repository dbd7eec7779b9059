package kr.catalog.api.order;

import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Orders per second accepted with stock reservation under concurrency, against the real PostgreSQL
 * over HTTP (log-in, validation, pricing, reservation, insert, audit, answer). Not part of the
 * normal run: enabled by {@code -Dcatalog.benchmark=true} (see docs/BENCHMARKS-orders.md). It
 * asserts only correctness (every order accepted, exact stock); the figures are printed and written
 * to {@code target/benchmarks/orders.txt}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "catalog.benchmark", matches = "true")
class OrderThroughputBenchmark {

  private static final int ORDERS = Integer.getInteger("catalog.benchmark.orders", 2000);

  @TestHTTPResource("/api/orders")
  URI orders;

  @Inject CatalogView catalog;

  @Test
  void ordersPerSecondWithStockReservation() throws Exception {
    List<String> tokens = List.of(token(CUSTOMER), token(OTHER_CUSTOMER));
    List<String> spread =
        catalog.allProducts().stream()
            .filter(p -> !p.discontinued())
            .map(Product::code)
            .sorted()
            .skip(100)
            .limit(50)
            .toList();
    List<String> all = new ArrayList<>(spread);
    all.add(Fixtures.BIG_TAPE);
    for (String code : all) {
      long reserved =
          as(WAREHOUSE)
              .get("/api/stock/{code}", code)
              .then()
              .extract()
              .jsonPath()
              .getLong("reserved");
      as(WAREHOUSE)
          .body(Map.of("onHand", reserved + 1_000_000))
          .put("/api/stock/{code}", code)
          .then()
          .statusCode(200);
    }
    // Warm-up: JIT, connection pools, prepared statements.
    ConcurrentOrders.fire(orders, tokens, spread, 1, 300, 8, null);

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%-28s %8s %8s %10s %9s %9s%n",
            "case",
            "clients",
            "orders",
            "orders/s",
            "p50 ms",
            "p99 ms"));
    for (int clients : new int[] {1, 8, 32}) {
      run(report, "one hot product", tokens, List.of(Fixtures.BIG_TAPE), clients);
      run(report, "50 products", tokens, spread, clients);
    }
    System.out.print(report);
    Path out = Path.of("target/benchmarks/orders.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
  }

  private void run(
      StringBuilder report, String name, List<String> tokens, List<String> codes, int clients)
      throws Exception {
    int count = clients == 1 ? ORDERS / 4 : ORDERS;
    ConcurrentOrders.Burst burst =
        ConcurrentOrders.fire(orders, tokens, codes, 1, count, clients, null);
    assertThat(burst.count(201)).isEqualTo(count);
    double perSecond = count / (burst.elapsedNanos() / 1e9);
    report.append(
        String.format(
            Locale.ROOT,
            "%-28s %8d %8d %10.0f %9.1f %9.1f%n",
            name,
            clients,
            count,
            perSecond,
            burst.latencyMillis(50),
            burst.latencyMillis(99)));
  }
}
