/**
 * The reject report and run summary shared by every ingest step.
 *
 * <p>Every step that refuses an input (a feed row, a whole file, a PDF page) hands a {@link
 * kr.catalog.ingest.report.Reject} to a {@link kr.catalog.ingest.report.RejectSink}: the file, the
 * line (rows) or page (PDFs), the field, a {@link kr.catalog.ingest.report.RejectReason} and a
 * message. The pipeline collects them in a {@link kr.catalog.ingest.report.RejectReport}, writes
 * {@code rejects.csv} next to the catalog, and condenses the run into an {@link
 * kr.catalog.ingest.report.IngestSummary} ({@code summary.json}) whose error rate decides the exit
 * code.
 */
package kr.catalog.ingest.report;
