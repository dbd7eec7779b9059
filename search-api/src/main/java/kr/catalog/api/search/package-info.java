/**
 * Product search, autocomplete, code lookup, maker search and the category tree over the {@code
 * kr.catalog.search.SearchBackend} port.
 *
 * <p>Flow: a resource takes {@link kr.catalog.api.search.SearchParams}; {@link
 * kr.catalog.api.search.CuratedSearch} (shared with the collection pages of {@code
 * kr.catalog.api.marketing}) adds the curation active now, asked through the {@link
 * kr.catalog.api.search.SearchCuration} port so that this package never imports marketing, runs the
 * search and turns an unreadable cursor into a 400 naming it; {@link
 * kr.catalog.api.search.SearchResponse} is the answer.
 */
package kr.catalog.api.search;
