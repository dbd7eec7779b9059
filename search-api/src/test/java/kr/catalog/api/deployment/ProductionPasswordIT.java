package kr.catalog.api.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged platform, started in the {@code prod} profile without {@code CATALOG_DB_PASSWORD},
 * stops at once naming the missing variable, instead of trying a well-known default password.
 */
class ProductionPasswordIT {

  @Test
  void productionWithoutDatabasePasswordStopsNamingTheVariable() throws Exception {
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    assertThat(jar).as("the packaged platform (package runs before failsafe)").isRegularFile();
    Path log = Files.createDirectories(Path.of("target", "deployment")).resolve("no-password.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.profile=prod",
                    "-Dquarkus.http.port=0",
                    "-Dcatalog.data-dir="
                        + Path.of("target", "deployment", "data").toAbsolutePath(),
                    "-jar",
                    jar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("CATALOG_DB_PASSWORD");
    builder.environment().put("CATALOG_DB_URL", "jdbc:postgresql://127.0.0.1:1/catalog");
    Process process = builder.start();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the start stops by itself").isTrue();
    } finally {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isNotZero();
    assertThat(output).contains("CATALOG_DB_PASSWORD").contains("quarkus.datasource.password");
  }
}
