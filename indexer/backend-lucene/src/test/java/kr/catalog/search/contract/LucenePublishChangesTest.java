package kr.catalog.search.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import org.junit.jupiter.api.Test;

/** Partial publication on the embedded Lucene backend (in place in the live build). */
class LucenePublishChangesTest extends PublishChangesContract {

  private Path dir;

  @Override
  protected SearchBackend createBackend() throws Exception {
    dir = Files.createTempDirectory("lucene-publish");
    return SearchBackends.lucene(dir);
  }

  @Test
  void aRestartReopensTheChangedVersion() {
    backend.applyChanges(SECOND, CHANGES, ProductSignals.NONE);
    backend.close();
    backend = SearchBackends.lucene(dir);

    // The version the API compares with the publication, and the changed documents, survive.
    backend.attachCatalog(SECOND);
    assertThat(
            backend.search(SearchQuery.text("임팩트")).hits().stream()
                .map(SearchResult.Hit::codeKey)
                .toList())
        .containsExactly(DRILL_BOSUNG_RENAMED.codeKey());
  }
}
