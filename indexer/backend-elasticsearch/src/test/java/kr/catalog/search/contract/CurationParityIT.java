package kr.catalog.search.contract;

import java.util.Locale;
import java.util.UUID;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.testharness.TestServers;

/** Curation parity of Elasticsearch with embedded Lucene, on the harness node. */
class CurationParityIT extends CurationParityContract {

  @Override
  protected SearchBackend createBackend() {
    // Its own alias: the node is shared by every test of the JVM.
    String alias =
        "parity-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
  }
}
