package kr.catalog.search.contract;

import java.util.Locale;
import java.util.UUID;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.testharness.TestServers;

/** Live signals on Elasticsearch (bulk updates of the build index), against the harness node. */
class ElasticsearchLiveSignalsIT extends LiveSignalsContract {

  @Override
  protected SearchBackend createBackend() {
    // Its own alias: the node is shared by every test of the JVM.
    String alias =
        "signals-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
  }
}
