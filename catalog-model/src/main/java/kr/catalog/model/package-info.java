/**
 * The canonical catalog as every module sees it: the records ({@link kr.catalog.model.Catalog},
 * {@link kr.catalog.model.Product}, {@link kr.catalog.model.Maker}, {@link
 * kr.catalog.model.Category}, {@link kr.catalog.model.Asset}, {@link kr.catalog.model.BookPage}),
 * their store on disk ({@link kr.catalog.model.CatalogStore}, JSON lines through {@link
 * kr.catalog.model.CatalogJson}), and the rules both ingest and search must apply identically: the
 * matching keys of codes and makers ({@link kr.catalog.model.Keys}) and the VAT rule ({@link
 * kr.catalog.model.Vat}).
 *
 * <pre>
 * catalog-ingest --(CatalogStore.write)--> dataDir/catalog --(CatalogStore.read)--> indexer, search-api
 *          \__________ Keys.codeKey / Keys.makerKey: the same keys on both sides __________/
 * </pre>
 *
 * <p>Only Jackson as a dependency, so reading a catalog never pulls in the ingest's parsers.
 */
package kr.catalog.model;
