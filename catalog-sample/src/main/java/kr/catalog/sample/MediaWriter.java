package kr.catalog.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;

/**
 * Writes the files that go with generated feeds: manuals and drawings, and the printed catalog
 * book. The generator calls {@link #attachments} once with every canonical product before it writes
 * the feeds, so feed rows can name the files (columns {@code 매뉴얼}/{@code 도면}), and a writer can
 * work per product family (one manual for all variants). {@link #NONE} writes nothing.
 */
public interface MediaWriter {
  /**
   * Files per product, by code key; paths relative to the feeds directory, forward slashes.
   *
   * @param manuals manual paths per product code key (products without manuals absent)
   * @param drawings drawing paths per product code key
   */
  record Attachments(Map<String, List<String>> manuals, Map<String, List<String>> drawings) {
    public Attachments {
      manuals = Map.copyOf(manuals);
      drawings = Map.copyOf(drawings);
    }
  }

  /** Writes nothing: feeds attach no files and no book is written. */
  MediaWriter NONE =
      new MediaWriter() {
        @Override
        public Attachments attachments(List<Product> products, List<Maker> makers, Path feedsDir) {
          return new Attachments(Map.of(), Map.of());
        }

        @Override
        public void book(
            Path bookPdf, List<Product> products, List<Category> categories, List<Maker> makers) {}
      };

  /**
   * Writes manuals and drawings for the products the writer chooses, under {@code feedsDir}.
   *
   * @param products every canonical product, sorted by code key
   * @param makers every maker (for names printed on the files)
   */
  Attachments attachments(List<Product> products, List<Maker> makers, Path feedsDir)
      throws IOException;

  /** Writes the catalog book listing the products by code. */
  void book(Path bookPdf, List<Product> products, List<Category> categories, List<Maker> makers)
      throws IOException;
}
