/**
 * The synthetic catalog: the company's real files are not available, so {@link
 * kr.catalog.sample.CatalogGenerator} writes what they look like (masters, a CSV with Korean
 * headers, an XLSX, a JSON, and through {@link kr.catalog.sample.MediaWriter} manuals, drawings and
 * the catalog book) at sample or full size, with the mess of real feeds, and returns what a correct
 * ingest must produce from them ({@link kr.catalog.sample.GeneratedFeeds}). {@link
 * kr.catalog.sample.SampleCatalog} generates and ingests the bundled sample of the quick start.
 *
 * <pre>
 * CatalogGenerator -> feeds dir (+ media: PDF manuals, PNG drawings, book/catalog-book.pdf)
 *   -> catalog-ingest IngestPipeline -> dataDir/catalog, dataDir/media
 * </pre>
 *
 * <p>Used only where the sample is needed: {@code ./run.sh} (through the command line {@code
 * kr.catalog.sample.cli.SampleCommand}), tests, benchmarks; never on the API's class path.
 */
package kr.catalog.sample;
