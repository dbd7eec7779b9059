package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelWorkTest {
  @Test
  void resultsComeInTheOrderOfTheItemsWhateverThreadRanThem() throws Exception {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    Set<String> threadNames = ConcurrentHashMap.newKeySet();

    List<Integer> squares =
        ParallelWork.map(
            "square",
            items,
            3,
            i -> {
              threadNames.add(Thread.currentThread().getName());
              if (i % 7 == 0) {
                // Uneven work: later items finish first.
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
              }
              return i * i;
            });

    assertThat(squares).isEqualTo(items.stream().map(i -> i * i).toList());
    assertThat(threadNames).allMatch(n -> n.startsWith("square-")).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void theFirstFailureIsThrownAsItWas() {
    List<Integer> items = IntStream.range(0, 50).boxed().toList();

    assertThatThrownBy(
            () ->
                ParallelWork.map(
                    "fail",
                    items,
                    2,
                    i -> {
                      if (i == 17) {
                        throw new IOException("disk full at " + i);
                      }
                      return i;
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full at 17");
    assertThatThrownBy(
            () ->
                ParallelWork.map(
                    "bug",
                    items,
                    2,
                    i -> {
                      if (i == 3) {
                        throw new IllegalStateException("bug");
                      }
                      return i;
                    }))
        .isInstanceOf(IllegalStateException.class);
  }
}
