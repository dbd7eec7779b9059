/**
 * The ingest run: {@link kr.catalog.ingest.pipeline.IngestPipeline} (inventory, masters, parse with
 * a per-file cache, de-duplication, assets, book, atomic write), its options and result, the row
 * normaliser, and the two pluggable steps {@link kr.catalog.ingest.pipeline.AssetStep} (files
 * attached by feeds) and {@link kr.catalog.ingest.pipeline.BookStep} (the catalog book PDF).
 */
package kr.catalog.ingest.pipeline;
