package kr.catalog.api.marketing;

/** Fired when a collection or merchandising rule changed; the cache reloads after the commit. */
public record CurationChanged() {}
