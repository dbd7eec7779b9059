package kr.catalog.api.catalog;

/**
 * Fired after the search backend serves a newly indexed catalog, so that whatever was derived from
 * search results (rule-based collection members) is derived again.
 *
 * @param catalogVersion the version now served
 */
public record CatalogReindexed(String catalogVersion) {}
