package kr.catalog.search.contract;

import java.nio.file.Files;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;

/** Reindex while serving on the embedded Lucene backend. */
class LuceneReindexWhileServingTest extends ReindexWhileServingContract {

  @Override
  protected SearchBackend createBackend() throws Exception {
    return SearchBackends.lucene(Files.createTempDirectory("lucene-reindex"));
  }
}
