/**
 * The backend-neutral search document: {@link kr.catalog.search.document.DocumentBuilder} turns a
 * catalog product into an {@link kr.catalog.search.document.IndexedProduct} holding analysed terms
 * per text field, keywords for filters and facets, numbers for sorting and the stored fields of a
 * hit. Both backends index exactly these values under the names of {@link
 * kr.catalog.search.document.Fields}.
 */
package kr.catalog.search.document;
