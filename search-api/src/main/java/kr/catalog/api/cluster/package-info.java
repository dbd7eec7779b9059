/**
 * What several API instances on one PostgreSQL tell each other (issue #15, active-active): {@link
 * kr.catalog.api.cluster.ClusterBus} sends and receives PostgreSQL notifications on one channel. A
 * package that keeps something in memory which another instance must learn (the curation snapshot,
 * the vocabulary, the live signals of an index of its own, the published catalog) publishes a
 * {@link kr.catalog.api.cluster.ClusterTopic} inside the transaction that changed it and observes
 * {@link kr.catalog.api.cluster.ClusterMessage} (another instance changed it) and {@link
 * kr.catalog.api.cluster.ClusterResync} (notifications may have been missed: reload everything).
 * This package reads no other package of the API, so every package may use it (docs/adr, "cluster
 * bus").
 */
package kr.catalog.api.cluster;
