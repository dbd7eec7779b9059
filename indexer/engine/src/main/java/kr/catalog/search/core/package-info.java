/**
 * What both backends share above their engine: {@link kr.catalog.search.core.AbstractSearchBackend}
 * validates requests, plans queries, assembles facets, highlights, pages with cursors and offers
 * "did you mean"; a backend only indexes documents and executes plans ({@link
 * kr.catalog.search.core.RawResult}).
 */
package kr.catalog.search.core;
