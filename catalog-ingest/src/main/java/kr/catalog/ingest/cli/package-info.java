/** The command line ({@code ingest}) with progress bars for long steps. */
package kr.catalog.ingest.cli;
