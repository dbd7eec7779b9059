package kr.catalog.search.contract;

import java.nio.file.Files;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;

/** The Walmart model-number contract on the embedded Lucene backend. */
class LuceneWalmartModelNumberTest extends WalmartModelNumberContract {

  @Override
  protected SearchBackend createBackend() throws Exception {
    return SearchBackends.lucene(Files.createTempDirectory("lucene-walmart"));
  }

  @Override
  protected String backendName() {
    return "lucene";
  }
}
