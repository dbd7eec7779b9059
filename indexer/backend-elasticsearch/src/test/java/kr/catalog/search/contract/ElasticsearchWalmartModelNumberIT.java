package kr.catalog.search.contract;

import java.util.Locale;
import java.util.UUID;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.testharness.TestServers;

/** The Walmart model-number contract on Elasticsearch, against a real node from the harness. */
class ElasticsearchWalmartModelNumberIT extends WalmartModelNumberContract {

  @Override
  protected SearchBackend createBackend() {
    String alias =
        "walmart-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
  }

  @Override
  protected String backendName() {
    return "elasticsearch";
  }
}
