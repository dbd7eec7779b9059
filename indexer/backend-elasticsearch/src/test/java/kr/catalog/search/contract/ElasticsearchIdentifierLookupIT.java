package kr.catalog.search.contract;

import java.util.Locale;
import java.util.UUID;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.testharness.TestServers;

/** The identifier contract on Elasticsearch, against a real single node from the harness. */
class ElasticsearchIdentifierLookupIT extends IdentifierLookupContract {

  @Override
  protected SearchBackend createBackend() {
    String alias =
        "identifiers-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
  }
}
