/**
 * The Elasticsearch backend: documents analysed in Java, indexed into text fields with the built-in
 * {@code whitespace} analyzer, queried through the typed builders of elasticsearch-java 8.19. One
 * index per catalog build behind an alias switched atomically; the catalog model of each build
 * (user dictionary, makers, categories, vocabulary) is kept in a side index so any instance of the
 * API can reopen it.
 */
package kr.catalog.search.elasticsearch;
