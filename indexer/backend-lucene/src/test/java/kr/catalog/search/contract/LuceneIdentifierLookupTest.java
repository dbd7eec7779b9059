package kr.catalog.search.contract;

import java.nio.file.Files;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;

/** The identifier contract on the embedded Lucene backend. */
class LuceneIdentifierLookupTest extends IdentifierLookupContract {

  @Override
  protected SearchBackend createBackend() throws Exception {
    return SearchBackends.lucene(Files.createTempDirectory("lucene-identifiers"));
  }
}
