package kr.catalog.model;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes and reads a canonical {@link Catalog} as a directory:
 *
 * <pre>
 * catalog/
 *   manifest.json      format version, catalog version, inputs hash, counts (written last)
 *   makers.jsonl       one Maker per line (JSON, UTF-8)
 *   categories.jsonl   parents before children
 *   products.jsonl     sorted by codeKey
 *   assets.jsonl
 *   book-pages.jsonl
 *   (extra files of the run, e.g. rejects.csv and summary.json)
 * </pre>
 *
 * <p>Writes are atomic at the directory level: everything is written into a sibling {@code
 * <name>.tmp-<id>} directory and flushed to disk, then the old directory is renamed away and the
 * new one renamed into place. A run interrupted before the swap leaves only a temporary directory
 * (removed by the next write); a run interrupted between the two renames leaves the previous
 * catalog as {@code <name>.old-<id>}, which {@link #read()} and {@link #manifest()} put back. A
 * directory without {@code manifest.json} is never taken as a catalog.
 */
public final class CatalogStore {
  /** Version of the on-disk layout; a reader refuses other versions. */
  public static final int FORMAT_VERSION = 1;

  static final String MANIFEST = "manifest.json";
  static final String MAKERS = "makers.jsonl";
  static final String CATEGORIES = "categories.jsonl";
  static final String PRODUCTS = "products.jsonl";
  static final String ASSETS = "assets.jsonl";
  static final String BOOK_PAGES = "book-pages.jsonl";

  /**
   * What {@code manifest.json} says about a stored catalog.
   *
   * @param formatVersion {@link #FORMAT_VERSION} at write time
   * @param version the catalog's version ({@link Catalog#version()})
   * @param inputsHash fingerprint of the inputs the catalog was built from; equal fingerprints mean
   *     a re-run has nothing to do
   * @param makers number of makers
   * @param categories number of categories
   * @param topCategories number of top categories
   * @param products number of products
   * @param assets number of assets
   * @param bookPages number of book pages
   */
  public record Manifest(
      int formatVersion,
      String version,
      String inputsHash,
      int makers,
      int categories,
      int topCategories,
      int products,
      int assets,
      int bookPages) {}

  /** Writes extra files (reports) into the new catalog directory before it is swapped in. */
  @FunctionalInterface
  public interface ExtraFiles {
    /** Writes into {@code dir}. */
    void writeTo(Path dir) throws IOException;
  }

  private final Path dir;

  /** A store at {@code dir} (which need not exist yet). */
  public CatalogStore(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** The catalog directory. */
  public Path dir() {
    return dir;
  }

  /** Whether a complete catalog is stored. */
  public boolean exists() {
    return manifest().isPresent();
  }

  /** The manifest of the stored catalog, empty when there is none or it is unreadable. */
  public Optional<Manifest> manifest() {
    recover();
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Manifest m = CatalogJson.mapper().readValue(file.toFile(), Manifest.class);
      return m.formatVersion() == FORMAT_VERSION ? Optional.of(m) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the stored catalog.
   *
   * @throws NoSuchFileException when there is no complete catalog
   * @throws IOException when a file cannot be read or a line is not valid JSON
   */
  public Catalog read() throws IOException {
    Manifest m =
        manifest().orElseThrow(() -> new NoSuchFileException(dir + " has no catalog manifest"));
    Catalog c =
        new Catalog(
            m.version(),
            readLines(MAKERS, Maker.class),
            readLines(CATEGORIES, Category.class),
            readLines(PRODUCTS, Product.class),
            readLines(ASSETS, Asset.class),
            readLines(BOOK_PAGES, BookPage.class));
    if (c.products().size() != m.products() || c.makers().size() != m.makers()) {
      throw new IOException(
          dir + ": manifest counts differ from the files (" + m.products() + " products expected)");
    }
    return c;
  }

  /**
   * Writes a catalog atomically, replacing any stored one.
   *
   * @param catalog the catalog
   * @param inputsHash fingerprint of its inputs, stored in the manifest
   * @param extras further files for the same directory (reports), or {@code null}
   */
  public void write(Catalog catalog, String inputsHash, ExtraFiles extras) throws IOException {
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    removeLeftovers(".tmp-");
    Path tmp = parent.resolve(dir.getFileName() + ".tmp-" + UUID.randomUUID());
    Files.createDirectory(tmp);
    try {
      writeLines(tmp.resolve(MAKERS), catalog.makers(), Maker.class);
      writeLines(tmp.resolve(CATEGORIES), catalog.categories(), Category.class);
      writeLines(tmp.resolve(PRODUCTS), catalog.products(), Product.class);
      writeLines(tmp.resolve(ASSETS), catalog.assets(), Asset.class);
      writeLines(tmp.resolve(BOOK_PAGES), catalog.bookPages(), BookPage.class);
      if (extras != null) {
        extras.writeTo(tmp);
      }
      Manifest manifest =
          new Manifest(
              FORMAT_VERSION,
              catalog.version(),
              inputsHash,
              catalog.makers().size(),
              catalog.categories().size(),
              (int) catalog.categories().stream().filter(Category::isTop).count(),
              catalog.products().size(),
              catalog.assets().size(),
              catalog.bookPages().size());
      byte[] json =
          CatalogJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
      Files.write(tmp.resolve(MANIFEST), json);
      fsyncAll(tmp);
      swapIn(tmp);
    } catch (IOException | RuntimeException e) {
      deleteTree(tmp);
      throw e;
    }
  }

  private void swapIn(Path tmp) throws IOException {
    Path old = null;
    if (Files.exists(dir)) {
      old = dir.resolveSibling(dir.getFileName() + ".old-" + UUID.randomUUID());
      move(dir, old);
    }
    move(tmp, dir);
    fsyncDir(dir.getParent());
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Puts back a previous catalog left aside by a run stopped between its two renames. */
  private void recover() {
    if (Files.exists(dir) || dir.getParent() == null || !Files.isDirectory(dir.getParent())) {
      return;
    }
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(dir.getParent(), dir.getFileName() + ".old-*")) {
      for (Path old : siblings) {
        if (Files.isRegularFile(old.resolve(MANIFEST))) {
          move(old, dir);
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover the previous catalog next to " + dir, e);
    }
  }

  private void removeLeftovers(String marker) throws IOException {
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(dir.getParent(), dir.getFileName() + marker + "*")) {
      for (Path p : siblings) {
        deleteTree(p);
      }
    }
  }

  private <T> List<T> readLines(String name, Class<T> type) throws IOException {
    ObjectReader reader = CatalogJson.mapper().readerFor(type);
    List<T> items = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
        MappingIterator<T> it = reader.readValues(in)) {
      while (it.hasNextValue()) {
        items.add(it.nextValue());
      }
    }
    return items;
  }

  private static <T> void writeLines(Path file, List<T> items, Class<T> type) throws IOException {
    ObjectMapper mapper = CatalogJson.mapper();
    ObjectWriter writer = mapper.writerFor(type);
    try (BufferedWriter out =
        Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
      for (T item : items) {
        out.write(writer.writeValueAsString(item));
        out.write('\n');
      }
    }
  }

  private static void fsyncAll(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f)) {
          try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.force(true);
          }
        }
      }
    }
    fsyncDir(tmp);
  }

  private static void fsyncDir(Path d) {
    // Directory fsync makes the renames durable on Linux; other systems may refuse it.
    try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // not supported here: the rename is still atomic, only less durable across power loss
    }
  }

  /** Deletes a directory tree; missing is fine. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
