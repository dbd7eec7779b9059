package kr.catalog.api.config;

import java.nio.file.Path;

/**
 * Where the served catalog and its media lie. One rule for both, so that the media always come from
 * the catalog that is served: the media store is {@code media} beside the catalog directory (the
 * layout catalog-ingest writes), unless configured. Looking media up under the data directory
 * whatever the catalog answered 404 for every image of a catalog made elsewhere.
 */
public final class CatalogPaths {

  private CatalogPaths() {}

  /** The catalog directory: configured, else {@code catalog} under the data directory. */
  public static Path catalogDir(CatalogConfig config) {
    return config
        .bootstrap()
        .catalogDir()
        .orElseGet(() -> config.dataDir().resolve("catalog"))
        .toAbsolutePath()
        .normalize();
  }

  /** The media store: configured, else {@code media} beside the catalog directory. */
  public static Path mediaDir(CatalogConfig config) {
    return config
        .bootstrap()
        .mediaDir()
        .orElseGet(() -> siblingMedia(catalogDir(config)))
        .toAbsolutePath()
        .normalize();
  }

  private static Path siblingMedia(Path catalogDir) {
    Path parent = catalogDir.getParent();
    return parent == null ? catalogDir.resolve("media") : parent.resolve("media");
  }
}
