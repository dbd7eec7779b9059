package kr.catalog.search.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recording and reporting: percentiles, throughput, errors by outcome, fault windows, JSON. */
class LoadReportTest {

  private static final long START = 1_700_000_000_000L;

  /** 100 searches of 1..100 ms over 10 s, two 500s and one refused connection among them. */
  private static LoadReport sample() {
    LoadStats stats = new LoadStats(START, 10);
    for (int i = 1; i <= 100; i++) {
      String outcome = i == 40 || i == 41 ? "500" : i == 90 ? "ConnectException" : LoadStats.OK;
      stats.record("search.text", i * 1_000_000L, outcome, START + i * 95L);
    }
    for (int i = 0; i < 50; i++) {
      stats.record("order", 20_000_000L, LoadStats.OK, START + 9_000 + i);
    }
    return stats.report("lucene full mix", 8, 10.0);
  }

  @Test
  void rowsHaveCountThroughputPercentilesAndErrorsByOutcome() {
    LoadReport report = sample();
    LoadReport.Row search = report.row("search.text");

    assertThat(search.count()).isEqualTo(100);
    assertThat(search.throughput()).isEqualTo(10.0);
    // HDR histograms at 3 significant digits: within 0.1 % of the true value.
    assertThat(search.p50Ms()).isCloseTo(50.0, within(0.06));
    assertThat(search.p99Ms()).isCloseTo(99.0, within(0.1));
    assertThat(search.maxMs()).isCloseTo(100.0, within(0.1));
    assertThat(search.errors()).isEqualTo(3);
    assertThat(search.errorsByOutcome())
        .containsExactlyInAnyOrderEntriesOf(Map.of("500", 2L, "ConnectException", 1L));

    LoadReport.Row total = report.total();
    assertThat(total.count()).isEqualTo(150);
    assertThat(total.throughput()).isEqualTo(15.0);
    assertThat(total.errors()).isEqualTo(3);
    assertThat(report.rows())
        .extracting(LoadReport.Row::kind)
        .containsExactly("order", "search.text");
  }

  @Test
  void failuresAreKeptWithTheirTimeForAFaultWindow() {
    LoadReport report = sample();

    // Failures completed at +3.8 s, +3.895 s (the 500s) and +8.55 s (the refused connection).
    assertThat(report.failuresBetween(START + 3_000, START + 4_000))
        .extracting(LoadReport.Failure::outcome)
        .containsExactly("500", "500");
    assertThat(report.failuresBetween(START + 8_000, START + 10_000))
        .containsExactly(new LoadReport.Failure(START + 8_550, "search.text", "ConnectException"));
    assertThat(report.failuresBetween(START, START + 3_000)).isEmpty();
  }

  @Test
  void completionsAreCountedPerSecond() {
    LoadReport report = sample();

    assertThat(report.perSecond().get("failed"))
        .containsExactly(0L, 0L, 0L, 2L, 0L, 0L, 0L, 0L, 1L, 0L);
    // Searches complete every 95 ms: numbers 95-100 land in the last second, with the 50 orders.
    assertThat(report.perSecond().get("ok").stream().mapToLong(Long::longValue).sum())
        .isEqualTo(147);
    assertThat(report.perSecond().get("ok").getLast()).isEqualTo(50 + 6);
  }

  @Test
  void theJsonReadsBackAsTheSameReport() {
    LoadReport report = sample();

    LoadReport read = LoadReport.fromJson(report.toJson());

    assertThat(read).isEqualTo(report);
    assertThat(report.toJson()).contains("\"p99Ms\"").contains("\"errorsByOutcome\"");
  }

  @Test
  void theTableHasOneLinePerEndpointAndTheTotal() {
    List<String> lines = sample().table().lines().toList();

    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("# lucene full mix: 8 workers, 10.0 s measured");
    assertThat(lines.get(3)).startsWith("search.text").contains("500=2").contains("100");
    assertThat(lines.get(4)).startsWith("TOTAL");
  }

  @Test
  void comparisonGivesOursOverPeerPerEndpointBothAnswered() {
    LoadReport ours = sample();
    LoadStats peerStats = new LoadStats(START, 10);
    for (int i = 1; i <= 50; i++) {
      peerStats.record("search.text", 4 * i * 1_000_000L, LoadStats.OK, START + i * 190L);
    }
    LoadReport peer = peerStats.report("postgresql", 8, 10.0);

    List<String> lines = LoadReport.compare(ours, peer).lines().toList();

    // search.text: 10 vs 5 req/s; p50 50 vs 100 ms; p99 99 vs 200 ms. No "order" line: the peer
    // answered none.
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).startsWith("search.text").contains("x2.00").contains("x0.50");
    assertThat(lines.get(3)).startsWith("TOTAL");
  }
}
