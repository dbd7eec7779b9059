package kr.catalog.ingest.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kr.catalog.ingest.Category;
import kr.catalog.ingest.Maker;
import kr.catalog.ingest.Product;

/**
 * Writes the files that go with generated feeds: manuals and drawings per product, and the printed
 * catalog book. The generator asks for them before it writes the feeds, so feed rows can name the
 * files (columns {@code 매뉴얼}/{@code 도면}). {@link #NONE} writes nothing: feeds then attach no files
 * and no book is written.
 */
public interface MediaWriter {
  /** Writes nothing. */
  MediaWriter NONE =
      new MediaWriter() {
        @Override
        public List<String> manuals(Product product, Path feedsDir) {
          return List.of();
        }

        @Override
        public List<String> drawings(Product product, Path feedsDir) {
          return List.of();
        }

        @Override
        public void book(
            Path bookPdf, List<Product> products, List<Category> categories, List<Maker> makers) {}
      };

  /**
   * Writes the manuals of one product (or none) under {@code feedsDir}.
   *
   * @return their paths relative to {@code feedsDir}, forward slashes
   */
  List<String> manuals(Product product, Path feedsDir) throws IOException;

  /** Writes the drawings of one product (or none); see {@link #manuals}. */
  List<String> drawings(Product product, Path feedsDir) throws IOException;

  /** Writes the catalog book listing the products by code. */
  void book(Path bookPdf, List<Product> products, List<Category> categories, List<Maker> makers)
      throws IOException;
}
