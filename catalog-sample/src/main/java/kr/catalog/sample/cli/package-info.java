/**
 * The sample's command line ({@code generate}, {@code ingest}, {@code ensure}), run by {@code
 * ./run.sh} before the API starts.
 */
package kr.catalog.sample.cli;
