package kr.catalog.ingest.pipeline;

import kr.catalog.model.Asset;

/**
 * A file a feed row attaches to a product (a manual or drawing column), to be turned into an {@link
 * Asset} by an {@link AssetStep}.
 *
 * @param productCodeKey the product's code key
 * @param kind manual, drawing, ...
 * @param path the path as the feed wrote it, relative to the feeds directory
 * @param feedFile the feed that named it (for rejects)
 * @param line the feed row that named it (for rejects)
 * @param title the document's title as the feed gives it, or {@code null}: it wins over anything
 *     read from the file (PDF metadata titles are often an authoring tool's file name)
 */
public record AssetRequest(
    String productCodeKey, Asset.Kind kind, String path, String feedFile, long line, String title) {

  /** A request without a title from the feed. */
  public AssetRequest(
      String productCodeKey, Asset.Kind kind, String path, String feedFile, long line) {
    this(productCodeKey, kind, path, feedFile, line, null);
  }
}
