/**
 * Deterministic generators of the catalog's media, used by the catalog generator for the sample and
 * benchmark catalogs: {@link kr.catalog.sample.media.ManualPdfWriter} (a manual per product family,
 * Korean and English), {@link kr.catalog.sample.media.DrawingWriter} (a dimensioned drawing per
 * product, PNG) and {@link kr.catalog.sample.media.CatalogBookWriter} (the printed catalog book
 * with page labels).
 *
 * <p>The same seed and products give the same bytes. Korean text needs a Korean TrueType font on
 * the machine ({@link kr.catalog.sample.media.MediaFonts}, Debian {@code fonts-nanum}); without
 * one, everything is generated in English and nothing fails.
 */
package kr.catalog.sample.media;
