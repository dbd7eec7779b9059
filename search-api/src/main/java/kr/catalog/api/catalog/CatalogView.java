package kr.catalog.api.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.catalog.model.Asset;
import kr.catalog.model.BookPage;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Keys;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;

/**
 * The catalog being served, indexed in memory for what search does not answer: a product's full
 * record, its assets, family and catalog pages, the category tree, the e-books. Replaced as a whole
 * when a new catalog is loaded, so readers always see one consistent version.
 */
@ApplicationScoped
public class CatalogView {

  private volatile Snapshot snapshot =
      Snapshot.of(new Catalog("", List.of(), List.of(), List.of(), List.of(), List.of()));

  /** Serves this catalog from now on. */
  public void publish(Catalog catalog) {
    snapshot = Snapshot.of(catalog);
  }

  /** The catalog being served, whole. */
  public Catalog catalog() {
    return snapshot.catalog;
  }

  /** Version of the catalog being served (empty before the first load). */
  public String version() {
    return snapshot.catalog.version();
  }

  /** A product by its code typed any way ({@code GSB-13RE}, {@code gsb 13re}). */
  public Optional<Product> product(String code) {
    return Optional.ofNullable(snapshot.products.get(Keys.codeKey(code)));
  }

  /** Every product of the served catalog, discontinued ones included. */
  public List<Product> allProducts() {
    return snapshot.catalog.products();
  }

  /** A maker by id. */
  public Optional<Maker> maker(String id) {
    return Optional.ofNullable(snapshot.makers.get(id));
  }

  /** A category by id. */
  public Optional<Category> category(String id) {
    return Optional.ofNullable(snapshot.categories.get(id));
  }

  /** The categories from the top one down to this one. */
  public List<Category> categoryPath(String id) {
    List<Category> path = new ArrayList<>();
    for (Category c = snapshot.categories.get(id);
        c != null;
        c = c.parentId() == null ? null : snapshot.categories.get(c.parentId())) {
      path.add(c);
    }
    Collections.reverse(path);
    return path;
  }

  /** The whole category tree, parents before children. */
  public List<Category> categories() {
    return snapshot.catalog.categories();
  }

  /** Other variants of the product's family, by code. */
  public List<Product> family(Product product) {
    return snapshot.families.getOrDefault(product.family(), List.of()).stream()
        .filter(p -> !p.codeKey().equals(product.codeKey()))
        .toList();
  }

  /** Manuals, drawings and datasheets of a product. */
  public List<Asset> assets(String codeKey) {
    return snapshot.assets.getOrDefault(codeKey, List.of());
  }

  /**
   * The thumbnail that stands for a product in result lists: its picture's, else its drawing's,
   * else any asset's; null when it has none.
   */
  public String thumbnailPath(String codeKey) {
    List<Asset> assets = assets(codeKey);
    return assets.stream()
        .filter(a -> a.thumbnailPath() != null)
        .min(
            Comparator.comparing((Asset a) -> !a.isPicture())
                .thenComparing(a -> a.kind() != Asset.Kind.DRAWING))
        .map(Asset::thumbnailPath)
        .orElse(null);
  }

  /** The product's pictures (with derived sizes), the feed's first first; empty when none. */
  public List<Asset> pictures(String codeKey) {
    return assets(codeKey).stream().filter(Asset::isPicture).toList();
  }

  /** The picture that stands for a product in result lists, or null when it has none. */
  public Asset picture(String codeKey) {
    return assets(codeKey).stream().filter(Asset::isPicture).findFirst().orElse(null);
  }

  /** Catalog book pages on which the product is printed, in book and page order. */
  public List<BookPage> pagesShowing(String codeKey) {
    return snapshot.pagesByProduct.getOrDefault(codeKey, List.of());
  }

  /** Book ids to their pages in page order. */
  public Map<String, List<BookPage>> books() {
    return snapshot.books;
  }

  /** Every asset of the catalog, for the media store's bookkeeping. */
  public List<Asset> allAssets() {
    return snapshot.catalog.assets();
  }

  private record Snapshot(
      Catalog catalog,
      Map<String, Product> products,
      Map<String, Maker> makers,
      Map<String, Category> categories,
      Map<String, List<Product>> families,
      Map<String, List<Asset>> assets,
      Map<String, List<BookPage>> pagesByProduct,
      Map<String, List<BookPage>> books) {

    static Snapshot of(Catalog catalog) {
      Map<String, List<BookPage>> books =
          catalog.bookPages().stream()
              .sorted(Comparator.comparing(BookPage::bookId).thenComparingInt(BookPage::index))
              .collect(
                  Collectors.groupingBy(BookPage::bookId, LinkedHashMap::new, Collectors.toList()));
      Map<String, List<BookPage>> pagesByProduct = new LinkedHashMap<>();
      books.values().stream()
          .flatMap(List::stream)
          .forEach(
              page ->
                  page.hotspots().stream()
                      .map(BookPage.Hotspot::codeKey)
                      .distinct()
                      .forEach(
                          key ->
                              pagesByProduct
                                  .computeIfAbsent(key, k -> new ArrayList<>())
                                  .add(page)));
      return new Snapshot(
          catalog,
          index(catalog.products(), Product::codeKey),
          index(catalog.makers(), Maker::id),
          index(catalog.categories(), Category::id),
          catalog.products().stream()
              .sorted(Comparator.comparing(Product::codeKey))
              .collect(Collectors.groupingBy(Product::family)),
          catalog.assets().stream().collect(Collectors.groupingBy(Asset::productCodeKey)),
          pagesByProduct,
          books);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
      return items.stream()
          .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
  }
}
