/**
 * The admin edge of catalog publication (issue #15): publish a catalog version written by
 * catalog-ingest to the running platform and list the publications. The work is done by {@code
 * kr.catalog.api.catalog.CatalogPublisher}; this package sits above both the catalog and the
 * security packages, so neither depends on the other through it.
 */
package kr.catalog.api.publication;
