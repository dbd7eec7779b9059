package kr.catalog.search.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.testharness.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Partial publication on Elasticsearch (bulk writes and deletes on the live build index), against
 * the harness node; and a second instance on the same alias following it.
 */
class ElasticsearchPublishChangesIT extends PublishChangesContract {

  private String alias;

  @Override
  protected SearchBackend createBackend() {
    // Its own alias: the node is shared by every test of the JVM.
    alias = "publish-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0);
  }

  @Test
  void anotherInstanceOnTheSameIndexFollowsThePublication() {
    try (SearchBackend other =
        SearchBackends.elasticsearch(TestServers.elasticsearchNode().httpHosts(), alias, 0)) {
      other.attachCatalog(Fixtures.CATALOG);

      backend.applyChanges(SECOND, CHANGES, ProductSignals.NONE);
      // What an instance does when it learns of the publication: attach the new version.
      other.attachCatalog(SECOND);

      assertThat(
              other.search(SearchQuery.text("임팩트")).hits().stream()
                  .map(SearchResult.Hit::codeKey)
                  .toList())
          .containsExactly(DRILL_BOSUNG_RENAMED.codeKey());
    }
  }
}
