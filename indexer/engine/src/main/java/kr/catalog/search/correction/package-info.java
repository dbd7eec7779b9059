/**
 * Typo tolerance at query time, the same for both backends: a typed word the catalog does not know
 * is replaced by the closest catalog word within a jamo-level (Korean) or letter-level (Latin)
 * Damerau-Levenshtein bound ({@link kr.catalog.search.correction.TypoVocabulary}, {@link
 * kr.catalog.search.correction.QueryCorrector}); the search then runs the corrected query through
 * the shared query plan and says so. Why this and not fuzzy queries in each engine: docs/adr
 * 0010-typo-tolerance.
 */
package kr.catalog.search.correction;
