/**
 * Commands around the search backends: relevance measured on real judgments ({@link
 * kr.catalog.search.tools.RelevanceCommand}: NDCG@10 of each backend next to a plain BM25 baseline)
 * and load measured on a full-size catalog ({@link kr.catalog.search.tools.BenchmarkCommand}).
 */
package kr.catalog.search.tools;
