package kr.catalog.search.lucene;

import kr.catalog.search.BackendSettings;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackendFactory;
import kr.catalog.search.SearchBackends;

/**
 * Registers the embedded Lucene backend under the name {@code lucene}; reads {@link
 * SearchBackends#DIRECTORY}.
 */
public final class LuceneBackendFactory implements SearchBackendFactory {

  @Override
  public String name() {
    return SearchBackends.LUCENE;
  }

  @Override
  public SearchBackend create(BackendSettings settings) {
    return LuceneBackend.open(settings.path(SearchBackends.DIRECTORY));
  }
}
