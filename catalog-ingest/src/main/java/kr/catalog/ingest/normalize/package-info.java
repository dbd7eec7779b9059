/**
 * Normalisation of supplier values into the canonical catalog's forms: maker spellings to one maker
 * ({@link kr.catalog.ingest.normalize.MakerDirectory}), product codes to a display form and a
 * matching key ({@link kr.catalog.ingest.normalize.ProductCodes}), lengths and weights to mm and kg
 * ({@link kr.catalog.ingest.normalize.Units}), prices to whole KRW without VAT ({@link
 * kr.catalog.ingest.normalize.Prices}), category names to leaf ids ({@link
 * kr.catalog.ingest.normalize.CategoryDirectory}), and flags, dates, countries, URLs ({@link
 * kr.catalog.ingest.normalize.Values}). A value that cannot be normalised throws {@link
 * kr.catalog.ingest.normalize.NormalizationException} carrying the reject reason and field.
 */
package kr.catalog.ingest.normalize;
