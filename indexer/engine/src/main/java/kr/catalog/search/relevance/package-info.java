/**
 * The relevance model shared by both backends: field boosts ({@link
 * kr.catalog.search.relevance.Boosts}) and highlighting of matched words ({@link
 * kr.catalog.search.relevance.Highlighter}).
 */
package kr.catalog.search.relevance;
