/**
 * Product assets (manuals, datasheets, drawings): text and metadata through Tika, thumbnails
 * through PDFBox and Thumbnailator.
 *
 * <p>Data flow: the pipeline hands each asset file to {@link
 * kr.catalog.ingest.asset.AssetExtractor} (text, title, page count, typed metadata, SHA-256) and to
 * {@link kr.catalog.ingest.asset.Thumbnails} (first page or image scaled into a box), and turns the
 * results into {@link kr.catalog.model.Asset} records. Both work within explicit limits (file size,
 * characters, pixels, a timeout per file run on a worker that is really stopped) and refuse a bad
 * file with an {@link kr.catalog.ingest.asset.AssetRejectedException} whose {@link
 * kr.catalog.ingest.asset.AssetRejectedException.Reason} goes into the reject report; the run goes
 * on with the next file.
 */
package kr.catalog.ingest.asset;
