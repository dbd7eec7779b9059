package kr.catalog.search.contract;

import java.util.Locale;
import java.util.UUID;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.testharness.TestServers;

/** Reindex while serving on Elasticsearch (alias switch), against the harness node. */
class ElasticsearchReindexWhileServingIT extends ReindexWhileServingContract {

  @Override
  protected SearchBackend createBackend() {
    // Its own alias: the node is shared by every test of the JVM.
    String alias =
        "reindex-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
  }
}
