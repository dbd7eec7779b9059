package kr.catalog.search.contract;

import java.util.Locale;
import java.util.UUID;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.testharness.TestServers;

/** The contract on the Elasticsearch backend, against a real single node from the harness. */
class ElasticsearchContractIT extends SearchBackendContract {

  @Override
  protected SearchBackend createBackend() {
    // Its own alias: the node is shared by every test of the JVM.
    String alias =
        "contract-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
  }
}
