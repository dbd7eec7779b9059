/**
 * The deterministic generator of supplier feeds: the company's real files are not available, so
 * {@link kr.catalog.sample.CatalogGenerator} writes what they look like (masters, a CSV with Korean
 * headers, an XLSX, a JSON) at sample or full size, with the mess of real feeds, and returns what a
 * correct ingest must produce from them ({@link kr.catalog.sample.GeneratedFeeds}).
 */
package kr.catalog.sample;
