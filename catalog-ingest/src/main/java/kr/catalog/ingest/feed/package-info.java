/**
 * Feed shapes: how files in a feeds directory become {@link kr.catalog.ingest.feed.FeedRow}s.
 *
 * <p>{@link kr.catalog.ingest.feed.FeedKind#detect} tells each file's kind; the matching {@link
 * kr.catalog.ingest.feed.FeedReader} streams its rows: supplier CSV with Korean headers
 * (commons-csv), XLSX (POI event API), JSON (Jackson streaming), and the mappings of the real
 * external data (Icecat JSON, Walmart CSV). Column names map to canonical {@link
 * kr.catalog.ingest.feed.FeedField}s through {@link kr.catalog.ingest.feed.FeedColumns}. Rows stay
 * raw text here; normalisation happens in the pipeline. {@link kr.catalog.ingest.feed.MasterFiles}
 * reads the maker and category masters.
 */
package kr.catalog.ingest.feed;
