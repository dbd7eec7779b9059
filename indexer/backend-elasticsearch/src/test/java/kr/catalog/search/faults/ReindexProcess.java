package kr.catalog.search.faults;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Keys;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;

/**
 * A reindex in a process of its own, for the tests that kill it mid-way: builds a synthetic catalog
 * of {@code N} drills named {@code VERSION-i} and replaces the backend's catalog with it, then
 * exits 0.
 *
 * <p>Arguments: {@code lucene DIR VERSION N} or {@code elasticsearch HOST:PORT ALIAS VERSION N}.
 */
public final class ReindexProcess {
  static final Maker HILTI = new Maker("hilti", "힐티", "Hilti", List.of());
  static final Category TOOLS = new Category("01", null, "공구", "Tools");

  private ReindexProcess() {}

  public static void main(String[] args) {
    SearchBackend backend;
    String version;
    int size;
    if (args[0].equals("lucene")) {
      backend = SearchBackends.lucene(Path.of(args[1]));
      version = args[2];
      size = Integer.parseInt(args[3]);
    } else {
      backend = SearchBackends.elasticsearch(List.of("http://" + args[1]), args[2], 0);
      version = args[3];
      size = Integer.parseInt(args[4]);
    }
    try (backend) {
      backend.replaceCatalog(catalog(version, size));
    }
    System.exit(0);
  }

  /** {@code size} drills whose codes start with the version, so a search tells builds apart. */
  static Catalog catalog(String version, int size) {
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String code = String.format(Locale.ROOT, "%s-%06d", version.toUpperCase(Locale.ROOT), i);
      products.add(
          new Product(
              code,
              Keys.codeKey(code),
              Keys.codeKey(code),
              "힐티 해머드릴 " + version + " " + i,
              "Hilti hammer drill " + version + " " + i,
              HILTI.id(),
              TOOLS.id(),
              100_000 + i,
              "LI",
              "Hilti",
              false,
              false,
              false,
              Map.of("전압", (i % 3 * 6 + 12) + " V"),
              List.of(),
              LocalDate.of(2024, 1, 1)));
    }
    return new Catalog(version, List.of(HILTI), List.of(TOOLS), products, List.of(), List.of());
  }
}
