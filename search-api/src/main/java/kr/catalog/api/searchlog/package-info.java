/**
 * The search log (issue #19, point 4): every product search recorded without slowing it down, and
 * marketing's reports over it (top, zero-result and corrected queries of a period).
 *
 * <p>Flow: {@code kr.catalog.api.search.CuratedSearch} hands each answered search to {@link
 * kr.catalog.api.searchlog.SearchLog#record} as a {@link kr.catalog.api.searchlog.SearchEvent},
 * which only offers it to a bounded queue (full: dropped and counted). One background worker takes
 * what is queued, turns it into rows (normal form, filters, vocabulary runs) and writes them with
 * {@link kr.catalog.api.searchlog.SearchLogWriter} in batch inserts; it also purges rows past their
 * retention. {@link kr.catalog.api.searchlog.SearchLogReports} reads the reports that {@link
 * kr.catalog.api.searchlog.SearchLogResource} serves. No user identity is kept (ADR "search log").
 */
package kr.catalog.api.searchlog;
