/**
 * Catalog ingest: turns supplier feeds, attached files and the printed catalog book into one
 * canonical {@link kr.catalog.model.Catalog} (module catalog-model) that the indexer and the API
 * consume.
 *
 * <p>Data flow:
 *
 * <pre>
 * feeds dir (masters, CSV/XLSX/JSON, Icecat/Walmart, manuals/, drawings/, book/)
 *   -> feed        : detect each file's kind, stream its rows (FeedRow: raw text by field)
 *   -> pipeline    : normalise rows (normalize: makers, codes, units, prices, categories, with the
 *                    shared matching keys of kr.catalog.model.Keys), cache each file's parse by
 *                    content hash, de-duplicate by code key, run the asset and book steps
 *   -> report      : every refused row, file or page with where and why; the run summary
 *   -> CatalogStore: JSON lines + manifest, written atomically (dataDir/catalog)
 * </pre>
 *
 * <p>Entry points: {@link kr.catalog.ingest.pipeline.IngestPipeline} (embedding) and the command
 * line {@code kr.catalog.ingest.cli.IngestCommand} ({@code ingest}). Feeds to ingest without real
 * data, and the bundled sample catalog, come from the catalog-sample module.
 */
package kr.catalog.ingest;
