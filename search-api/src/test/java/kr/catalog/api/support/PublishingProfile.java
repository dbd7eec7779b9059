package kr.catalog.api.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * An application of its own for the publishing tests: its own data directory (index, sample
 * catalog, media store, publication store), so the catalog versions they publish are served by it
 * alone, and a short check interval.
 */
public class PublishingProfile implements QuarkusTestProfile {
  /** The test's root: the data directory and the catalogs it publishes lie beneath. */
  public static final Path ROOT = Path.of("target", "publishing").toAbsolutePath();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "catalog.data-dir",
        ROOT.resolve("data").toString(),
        "catalog.publish.poll-interval",
        "500ms");
  }
}
