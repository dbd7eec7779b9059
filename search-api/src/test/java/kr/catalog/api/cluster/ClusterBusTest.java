package kr.catalog.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the bus splits a long list of code keys over notifications PostgreSQL accepts. */
class ClusterBusTest {

  private static final String HEADER = "instance SIGNALS\n";

  @Test
  void noLinesIsOneNotificationWithTheHeaderOnly() {
    assertThat(ClusterBus.payloads(HEADER, List.of())).containsExactly(HEADER);
  }

  @Test
  void manyKeysAreSplitBelowTheLimitAndNoneIsLostOrRepeated() {
    // Korean code keys: three bytes a character, so the limit is counted in bytes, not chars.
    List<String> keys = IntStream.range(0, 5_000).mapToObj(i -> "키" + i + "-드릴").toList();
    List<String> payloads = ClusterBus.payloads(HEADER, keys);
    assertThat(payloads).hasSizeGreaterThan(1);
    List<String> received = new ArrayList<>();
    for (String payload : payloads) {
      assertThat(payload.getBytes(StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(ClusterBus.MAX_PAYLOAD_BYTES);
      assertThat(payload).startsWith(HEADER);
      received.addAll(
          new ClusterMessage(ClusterTopic.SIGNALS, payload.substring(HEADER.length())).lines());
    }
    assertThat(received).containsExactlyElementsOf(keys);
  }
}
