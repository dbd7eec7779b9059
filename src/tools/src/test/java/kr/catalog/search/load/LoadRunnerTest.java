package kr.catalog.search.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The closed-loop driver's own logic, against an in-process target whose answers are fixed by the
 * request (no server involved: what is tested is the order, the warm-up and the recording).
 */
class LoadRunnerTest {

  private static LoadRequest request(String kind, int n) {
    return new LoadRequest(kind, "GET", "/r/" + n, null, null, null, null);
  }

  @Test
  void requestsAreSentInMixOrderCyclingAndOnlyTheMeasuredPartIsRecorded() throws Exception {
    List<LoadRequest> mix = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      mix.add(request(i % 5 == 0 ? "bad" : "good", i));
    }
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    List<Long> cycles = Collections.synchronizedList(new ArrayList<>());
    LoadRunner.Target target =
        (r, cycle) -> {
          sent.add(r.path());
          cycles.add(cycle);
          Thread.sleep(2);
          if (r.path().equals("/r/5")) {
            throw new java.net.ConnectException("refused");
          }
          return r.kind().equals("bad") ? "503" : LoadStats.OK;
        };

    LoadReport report =
        LoadRunner.run(
            "test",
            mix,
            target,
            new LoadRunner.Settings(1, Duration.ofMillis(300), Duration.ofMillis(700)));

    // One worker: strictly the mix order, then round again.
    for (int i = 0; i < sent.size(); i++) {
      assertThat(sent.get(i)).isEqualTo("/r/" + (i % 10));
      assertThat(cycles.get(i)).isEqualTo(i / 10L);
    }
    long measured = report.total().count();
    assertThat(measured).isPositive().isLessThan(sent.size());
    LoadReport.Row bad = report.row("bad");
    // "bad" requests are /r/0 (503) and /r/5 (refused): every one of them failed, by its outcome.
    assertThat(bad.errors()).isEqualTo(bad.count());
    assertThat(bad.errorsByOutcome().keySet()).containsExactlyInAnyOrder("503", "ConnectException");
    assertThat(report.row("good").errors()).isZero();
    assertThat(report.seconds()).isEqualTo(0.7);
  }

  @Test
  void workersShareOneSequenceSoNoRequestIsSkippedOrRepeated() throws Exception {
    List<LoadRequest> mix = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      mix.add(request("k", i));
    }
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    LoadRunner.run(
        "test",
        mix,
        (r, cycle) -> {
          sent.add(r.path());
          Thread.sleep(1);
          return LoadStats.OK;
        },
        new LoadRunner.Settings(4, Duration.ZERO, Duration.ofMillis(200)));

    assertThat(sent).doesNotHaveDuplicates();
    assertThat(sent.stream().map(p -> Integer.parseInt(p.substring(3))).sorted().toList())
        .isEqualTo(java.util.stream.IntStream.range(0, sent.size()).boxed().toList());
  }
}
