package kr.catalog.api.ebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.support.CatalogMadeElsewhereProfile;
import org.junit.jupiter.api.Test;

/**
 * Every assertion of {@link SampleBookAndMediaIT} (book pages, thumbnails, manuals, drawings) with
 * a catalog made elsewhere: its media are served from beside it, not looked up under the data
 * directory (where they answered 404).
 */
@QuarkusTest
@TestProfile(CatalogMadeElsewhereProfile.class)
class SampleBookAndMediaFromElsewhereIT extends SampleBookAndMediaIT {
  @Inject CatalogConfig config;

  @Test
  void theDataDirectoryHoldsNoMedia() {
    assertThat(Files.exists(config.dataDir().resolve("media")))
        .as("media under the data directory would make this test prove nothing")
        .isFalse();
  }
}
