package kr.catalog.search.contract;

import java.util.Locale;
import java.util.UUID;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.testharness.TestServers;

/** The vocabulary contract on the Elasticsearch backend, against a real single node. */
class ElasticsearchVocabularyContractIT extends VocabularyContract {

  @Override
  protected SearchBackend createBackend() {
    String alias =
        "vocabulary-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
  }
}
