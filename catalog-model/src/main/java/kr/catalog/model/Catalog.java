package kr.catalog.model;

import java.util.List;

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
}
