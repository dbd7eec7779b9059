package kr.catalog.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The Elasticsearch backend configured at an address where nothing listens: the platform must
 * start, report the backend down, and answer searches with a quick 503.
 */
public class UnreachableElasticsearchProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "catalog.search.backend", "elasticsearch",
        "catalog.search.elasticsearch.hosts", "127.0.0.1:" + closedPort(),
        "catalog.data-dir", "target/test-data-unreachable");
  }

  /** A port that was free a moment ago: nothing listens there. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
