package kr.catalog.api.cluster;

/** What changed, as the notification names it. */
public enum ClusterTopic {
  /** Collections or merchandising rules: reload the curation snapshot. No body. */
  CURATION,
  /** The trade vocabulary: reload it. No body. */
  VOCABULARY,
  /**
   * The search signals (in stock, discounted) of products: the body holds their code keys, one a
   * line; recompute them from the database and update an index of one's own.
   */
  SIGNALS,
  /** A catalog version was published: check which one to serve. No body. */
  CATALOG
}
