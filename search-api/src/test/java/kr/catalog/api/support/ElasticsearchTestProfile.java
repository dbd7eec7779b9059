package kr.catalog.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import kr.catalog.testharness.TestServers;

/**
 * Runs the application on the Elasticsearch backend: a real single node from the test harness
 * (started once per test JVM), its own data directory, and 0 replicas (a single node cannot hold
 * replicas). Test classes that extend a Lucene test class with this profile run the same assertions
 * on Elasticsearch.
 */
public class ElasticsearchTestProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "catalog.search.backend", "elasticsearch",
        "catalog.search.elasticsearch.hosts",
            String.join(",", TestServers.elasticsearchNode().httpHosts()),
        "catalog.search.elasticsearch.replicas", "0",
        "catalog.search.elasticsearch.index-prefix", "api-test",
        "catalog.data-dir", "target/test-data-es");
  }
}
