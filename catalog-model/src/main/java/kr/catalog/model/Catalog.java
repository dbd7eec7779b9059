package kr.catalog.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical catalog: what ingest produces and what the indexer and the API consume.
 *
 * @param version identifies this build of the catalog (content hash of its inputs)
 * @param makers all makers
 * @param categories the category tree, parents before children
 * @param products all products, unique by {@link Product#codeKey()}
 * @param assets files attached to products
 * @param bookPages pages of the printed catalog book(s)
 */
public record Catalog(
    String version,
    List<Maker> makers,
    List<Category> categories,
    List<Product> products,
    List<Asset> assets,
    List<BookPage> bookPages) {
  public Catalog {
    makers = List.copyOf(makers);
    categories = List.copyOf(categories);
    products = List.copyOf(products);
    assets = List.copyOf(assets);
    bookPages = List.copyOf(bookPages);
  }

  /**
   * Each family's picture, for whatever shows a family once (the printed book, a family card): the
   * first picture of the family's first product (code-key order) that has one. Families without a
   * picture are absent. The paths are inside the media store the catalog was written with.
   */
  public Map<String, Asset> familyPictures() {
    Map<String, Asset> byProduct = new HashMap<>();
    for (Asset a : assets) {
      if (a.isPicture()) {
        byProduct.putIfAbsent(a.productCodeKey(), a);
      }
    }
    Map<String, Asset> byFamily = new TreeMap<>();
    products.stream()
        .sorted(Comparator.comparing(Product::codeKey))
        .forEach(
            p -> {
              Asset a = byProduct.get(p.codeKey());
              if (a != null) {
                byFamily.putIfAbsent(p.family(), a);
              }
            });
    return byFamily;
  }
}
