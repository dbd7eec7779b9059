package kr.catalog.api.cluster;

/**
 * The bus listens again after its connection was lost (or could not be opened at start-up):
 * notifications sent meanwhile were missed, so whatever other instances may have changed must be
 * read again from the database. Fired on the bus's listener thread, outside any transaction.
 */
public record ClusterResync() {}
