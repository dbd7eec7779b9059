package kr.catalog.search.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;

/** The vocabulary contract on the embedded Lucene backend. */
class LuceneVocabularyContractTest extends VocabularyContract {

  @Override
  protected SearchBackend createBackend() throws Exception {
    Path dir = Files.createTempDirectory("lucene-vocabulary");
    return SearchBackends.lucene(dir);
  }
}
