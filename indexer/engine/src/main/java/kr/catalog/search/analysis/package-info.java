/**
 * The one text analysis chain of the platform, run in Java for both backends.
 *
 * <p>{@link kr.catalog.search.analysis.CatalogAnalyzer} turns Korean (Nori, with a user dictionary
 * built from the catalog by {@link kr.catalog.search.analysis.UserDictionaryBuilder}) and English
 * text into terms; {@link kr.catalog.search.analysis.CodeForms} turns product codes into their
 * separator-insensitive matching forms; {@link kr.catalog.search.analysis.Chosung} gives the
 * initial consonants of Hangul names. The embedded Lucene index and Elasticsearch both index the
 * terms produced here (Elasticsearch with a plain {@code whitespace} analyzer), so both rank and
 * count the same way.
 */
package kr.catalog.search.analysis;
