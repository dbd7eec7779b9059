package kr.catalog.testharness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionsTest {

  @TempDir Path temp;

  @Test
  void propertyNamingAnExistingFileWins() throws Exception {
    Path named = Files.createFile(temp.resolve("named.zip"));
    Path fallback = Files.createFile(temp.resolve("fallback.zip"));

    assertThat(Distributions.locate("p", named.toString(), fallback, "g:a:1")).isEqualTo(named);
  }

  @Test
  void unresolvedMavenPropertyFallsBackToTheLocalRepository() throws Exception {
    Path fallback = Files.createFile(temp.resolve("fallback.zip"));

    assertThat(Distributions.locate("p", "${g:a:zip}", fallback, "g:a:1")).isEqualTo(fallback);
  }

  @Test
  void missingArtifactFailsNamingThePropertyAndTheFallback() {
    Path fallback = temp.resolve("absent.zip");

    assertThatThrownBy(
            () ->
                Distributions.locate(
                    HarnessSettings.ELASTICSEARCH_ZIP, "${g:a:zip}", fallback, "g:a:1:zip"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("g:a:1:zip")
        .hasMessageContaining(HarnessSettings.ELASTICSEARCH_ZIP)
        .hasMessageContaining("${g:a:zip}")
        .hasMessageContaining(fallback.toString());
  }

  @Test
  void versionsComeFromTheParentPom() {
    assertThat(HarnessSettings.elasticsearchVersion()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(HarnessSettings.postgresBinariesVersion()).matches("\\d+\\.\\d+\\.\\d+");
  }
}
