/** The command line ({@code generate}, {@code ingest}) with progress bars for long steps. */
package kr.catalog.ingest.cli;
