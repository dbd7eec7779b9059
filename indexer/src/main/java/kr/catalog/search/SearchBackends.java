package kr.catalog.search;

import java.nio.file.Path;
import kr.catalog.search.lucene.LuceneBackend;

/** Creates search backends; the entry point for the application. */
public final class SearchBackends {

  private SearchBackends() {}

  /**
   * The embedded Lucene backend with its index under {@code directory} (created when missing); the
   * newest complete catalog build found there is served at once.
   */
  public static SearchBackend lucene(Path directory) {
    return LuceneBackend.open(directory);
  }
}
