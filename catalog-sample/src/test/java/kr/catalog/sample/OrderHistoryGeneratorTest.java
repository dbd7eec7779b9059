package kr.catalog.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.model.Catalog;
import kr.catalog.model.OrderHistory;
import kr.catalog.model.Product;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The generated order history: deterministic, realistic habits, only products still sold. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderHistoryGeneratorTest {

  private Catalog catalog;
  private OrderHistory history;

  @BeforeAll
  void generate(@TempDir Path feeds) throws Exception {
    GeneratedFeeds g =
        new CatalogGenerator(CatalogGenerator.Size.SAMPLE).generate(feeds, Progress.NONE);
    catalog = new Catalog("v1", g.makers(), g.categories(), g.products(), List.of(), List.of());
    history = new OrderHistoryGenerator().generate(catalog);
  }

  @Test
  void theSameCatalogAndSeedGiveTheSameHistory() {
    assertThat(new OrderHistoryGenerator().generate(catalog)).isEqualTo(history);
    assertThat(new OrderHistoryGenerator(7).generate(catalog)).isNotEqualTo(history);
  }

  @Test
  void everyLineNamesAProductStillSoldWithinEighteenMonths() {
    Map<String, Product> products =
        catalog.products().stream()
            .collect(Collectors.toMap(Product::codeKey, Function.identity()));
    assertThat(history.customers()).hasSize(40);
    assertThat(history.orders()).hasSizeGreaterThan(40 * 12);
    for (OrderHistory.Order o : history.orders()) {
      assertThat(o.daysAgo()).isBetween(0, OrderHistoryGenerator.DAYS);
      assertThat(o.lines()).isNotEmpty();
      for (OrderHistory.Line l : o.lines()) {
        assertThat(products).containsKey(l.codeKey());
        assertThat(products.get(l.codeKey()).discontinued()).isFalse();
        assertThat(l.quantity()).isBetween(1, 99);
      }
    }
    // Oldest first, as the import dates them.
    assertThat(history.orders().get(0).daysAgo())
        .isGreaterThanOrEqualTo(history.orders().get(history.orders().size() - 1).daysAgo());
  }

  @Test
  void customersBuyTheirUsualItemsAgainAndAgain() {
    Map<String, Map<String, Integer>> bought = new HashMap<>();
    for (OrderHistory.Order o : history.orders()) {
      for (OrderHistory.Line l : o.lines()) {
        bought
            .computeIfAbsent(o.customer(), k -> new HashMap<>())
            .merge(l.codeKey(), 1, Integer::sum);
      }
    }
    // Every customer has an item in at least six of its orders (a rhythm of 90 days at most).
    for (OrderHistory.Customer c : history.customers()) {
      assertThat(bought.get(c.id()).values().stream().mapToInt(Integer::intValue).max().orElse(0))
          .as(c.id())
          .isGreaterThanOrEqualTo(6);
    }
    // Companions: some pairs of products are bought together by more than one customer.
    Map<String, Set<String>> pairCustomers = new HashMap<>();
    for (OrderHistory.Order o : history.orders()) {
      for (OrderHistory.Line a : o.lines()) {
        for (OrderHistory.Line b : o.lines()) {
          if (a.codeKey().compareTo(b.codeKey()) < 0) {
            pairCustomers
                .computeIfAbsent(a.codeKey() + "|" + b.codeKey(), k -> new HashSet<>())
                .add(o.customer());
          }
        }
      }
    }
    assertThat(pairCustomers.values().stream().filter(s -> s.size() >= 2).count()).isPositive();
  }
}
