package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import kr.catalog.model.CatalogJson;

/**
 * Parsed feeds kept between runs ({@code state/parsed/<file>.<key>.json.gz}), keyed by a hash of
 * the file's content, the masters and the pipeline version: a file whose key is unchanged is not
 * parsed again. Entries are written to a temporary file and renamed, so an interrupted run leaves
 * either a whole entry or none; an unreadable entry counts as a miss.
 */
final class ParseCache {
  private final Path dir;

  ParseCache(Path stateDir) {
    this.dir = stateDir.resolve("parsed");
  }

  private Path path(String file, String key) {
    return dir.resolve(
        file.replaceAll("[^\\p{L}\\p{Nd}._-]", "_") + "." + key.substring(0, 24) + ".json.gz");
  }

  Optional<FeedParse> load(String file, String key) {
    Path p = path(file, key);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
      return Optional.of(CatalogJson.mapper().readValue(in, FeedParse.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void store(String file, String key, FeedParse parse) throws IOException {
    Files.createDirectories(dir);
    Path p = path(file, key);
    Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      CatalogJson.mapper().writeValue(out, parse);
    }
    try {
      Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes entries other than the given ones (files of earlier versions of the feeds). */
  void retainOnly(Set<Path> keep) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path e : entries) {
        if (!keep.contains(e)) {
          Files.deleteIfExists(e);
        }
      }
    }
  }

  Path entry(String file, String key) {
    return path(file, key);
  }
}
