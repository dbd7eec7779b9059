/**
 * The printed catalog book, digitised for the e-book viewer.
 *
 * <p>Data flow: {@link kr.catalog.ingest.book.BookDigitizer} reads the book PDF page by page and
 * produces {@link kr.catalog.model.BookPage}s: a rendered image and a thumbnail written to the
 * media store (paths relative to it), the page text, the printed label ({@code A-12}), and
 * hotspots: the product codes printed on the page, found among the catalog's known code keys in
 * PDFBox's positioned text, with boxes in page-relative coordinates. The pipeline stores the pages
 * with the catalog; the API serves them, and product pages link back to the pages their code is
 * printed on.
 */
package kr.catalog.ingest.book;
