package kr.catalog.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a stored catalog: SHA-256 over the name and bytes of each file that makes the
 * catalog (the manifest, the record files and {@code changes.json} when present), in a fixed order.
 * A publication records it, and every instance checks it before serving the catalog it reads from
 * the shared location, so a catalog changed or damaged after it was published is never served.
 */
public final class CatalogChecksum {

  /** The files covered, in order; reports (rejects, summary) are not part of what is served. */
  static final List<String> FILES =
      List.of(
          CatalogStore.MANIFEST,
          CatalogStore.MAKERS,
          CatalogStore.CATEGORIES,
          CatalogStore.PRODUCTS,
          CatalogStore.ASSETS,
          CatalogStore.BOOK_PAGES,
          "changes.json");

  private CatalogChecksum() {}

  /** The files a published copy of the catalog must carry (those present of {@link #FILES}). */
  public static List<String> files(Path catalogDir) {
    return FILES.stream().filter(f -> Files.isRegularFile(catalogDir.resolve(f))).toList();
  }

  /**
   * The checksum of the catalog in {@code catalogDir}, {@code sha256:} and 64 hex digits.
   *
   * @throws IOException when a file cannot be read
   */
  public static String of(Path catalogDir) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    for (String name : files(catalogDir)) {
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try (InputStream in = Files.newInputStream(catalogDir.resolve(name))) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      }
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }
}
