package kr.catalog.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a catalog made elsewhere, as the README describes ({@code
 * CATALOG_BOOTSTRAP_CATALOG_DIR=/path/to/catalog ./run.sh}): catalog-ingest's output directory (its
 * {@code catalog} and {@code media}) lies outside the data directory, which holds no media at all.
 */
public class CatalogMadeElsewhereProfile implements QuarkusTestProfile {
  private static final Path ROOT = Path.of("target", "made-elsewhere").toAbsolutePath();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "catalog.data-dir", ROOT.resolve("data").toString(),
        "catalog.bootstrap.catalog-dir", ROOT.resolve("ingest-out/catalog").toString());
  }
}
