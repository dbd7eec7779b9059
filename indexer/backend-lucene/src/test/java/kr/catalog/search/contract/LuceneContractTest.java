package kr.catalog.search.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;

/** The contract on the embedded Lucene backend. */
class LuceneContractTest extends SearchBackendContract {

  @Override
  protected SearchBackend createBackend() throws Exception {
    Path dir = Files.createTempDirectory("lucene-contract");
    return SearchBackends.lucene(dir);
  }
}
