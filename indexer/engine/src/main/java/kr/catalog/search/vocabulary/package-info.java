/**
 * The trade's vocabulary applied at query time: synonyms, shop-floor words (Japanese-derived ones
 * included), loanword spelling variants and maker-name variants ({@link
 * kr.catalog.search.vocabulary.VocabularyEntry}), the shipped curated list ({@link
 * kr.catalog.search.vocabulary.VocabularyFile}), and the index of them a search uses ({@link
 * kr.catalog.search.vocabulary.Vocabulary}): which runs of typed words have alternatives. The query
 * planner ORs the alternatives into the plan with a lower weight, so both backends get the same
 * expansion and a change needs no reindex.
 */
package kr.catalog.search.vocabulary;
