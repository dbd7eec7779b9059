package kr.catalog.embeddedpostgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the server distributions with their unix modes and symbolic links (java.util.zip keeps
 * neither, and the servers need both: executable scripts, versioned shared libraries), and handles
 * the file trees of the server directories.
 */
public final class Archives {

  /** PosixFilePermission in the order of the mode bits, from 0400 down to 0001. */
  private static final PosixFilePermission[] MODE_BITS = PosixFilePermission.values();

  private record DirectoryMode(Path directory, int mode) {}

  private Archives() {}

  /**
   * Unpacks a zip file into {@code target}.
   *
   * @param stripTopDirectory drop the first path element of every entry (the zip of Elasticsearch
   *     holds everything under {@code elasticsearch-VERSION/})
   */
  public static void unzip(Path zip, Path target, boolean stripTopDirectory) throws IOException {
    List<DirectoryMode> directories = new ArrayList<>();
    try (ZipFile zipFile = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(zipFile.getEntries())) {
        String name = entry.getName();
        if (stripTopDirectory) {
          int slash = name.indexOf('/');
          name = slash < 0 ? "" : name.substring(slash + 1);
        }
        if (name.isEmpty()) {
          continue;
        }
        Path path = resolveInside(target, name);
        int mode = entry.getUnixMode() & 0777;
        if (entry.isDirectory()) {
          Files.createDirectories(path);
          directories.add(new DirectoryMode(path, mode == 0 ? 0755 : mode));
        } else if (entry.isUnixSymlink()) {
          Files.createDirectories(path.getParent());
          Files.deleteIfExists(path);
          Files.createSymbolicLink(path, Path.of(zipFile.getUnixSymlink(entry)));
        } else {
          Files.createDirectories(path.getParent());
          try (InputStream in = zipFile.getInputStream(entry)) {
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
          }
          Files.setPosixFilePermissions(path, permissions(mode == 0 ? 0644 : mode));
        }
      }
    }
    applyDirectoryModes(directories);
  }

  /** Unpacks an xz-compressed tar stream into {@code target}. */
  public static void untarXz(InputStream compressed, Path target) throws IOException {
    List<DirectoryMode> directories = new ArrayList<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new XZCompressorInputStream(new BufferedInputStream(compressed)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = resolveInside(target, entry.getName());
        if (path.equals(target)) {
          continue;
        }
        int mode = entry.getMode() & 0777;
        if (entry.isDirectory()) {
          Files.createDirectories(path);
          directories.add(new DirectoryMode(path, mode == 0 ? 0755 : mode));
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(path.getParent());
          Files.deleteIfExists(path);
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          Files.createDirectories(path.getParent());
          Files.deleteIfExists(path);
          Files.createLink(path, resolveInside(target, entry.getLinkName()));
        } else if (entry.isFile()) {
          Files.createDirectories(path.getParent());
          Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(path, permissions(mode == 0 ? 0644 : mode));
        }
        // Device files and FIFOs do not occur in server distributions; they are skipped.
      }
    }
    applyDirectoryModes(directories);
  }

  public static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < MODE_BITS.length; i++) {
      if ((mode & (0400 >> i)) != 0) {
        permissions.add(MODE_BITS[i]);
      }
    }
    return permissions;
  }

  /** Deletes a file tree; symbolic links are deleted, never followed. */
  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path directory, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(directory);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Copies a file tree, keeping permissions. */
  public static void copyRecursively(Path source, Path target) throws IOException {
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
              throws IOException {
            Files.createDirectories(target.resolve(source.relativize(directory).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.copy(
                file,
                target.resolve(source.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Refuses entries such as {@code ../../etc/passwd} that would land outside the target. */
  private static Path resolveInside(Path target, String name) throws IOException {
    Path path = target.resolve(name).normalize();
    if (!path.startsWith(target)) {
      throw new IOException("archive entry " + name + " points outside " + target);
    }
    return path;
  }

  /**
   * Directory modes are set last, in reverse archive order (children before their parents): a
   * read-only directory set early would refuse the files that follow it (when not running as root).
   */
  private static void applyDirectoryModes(List<DirectoryMode> directories) throws IOException {
    for (int i = directories.size() - 1; i >= 0; i--) {
      DirectoryMode directory = directories.get(i);
      Files.setPosixFilePermissions(directory.directory(), permissions(directory.mode()));
    }
  }
}
