/**
 * What a backend knows about one catalog build besides its documents: the analyzer with the build's
 * user dictionary, makers and categories for labels and facet value search, and the vocabulary for
 * "did you mean". Built once per {@code replaceCatalog}, shared by both backends.
 */
package kr.catalog.search.model;
