package kr.catalog.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.catalog.ingest.pipeline.Progress;
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
   * @param images product picture paths per product code key (column {@code 이미지}/{@code image})
   */
  record Attachments(
      Map<String, List<String>> manuals,
      Map<String, List<String>> drawings,
      Map<String, List<String>> images) {
    public Attachments {
      manuals = Map.copyOf(manuals);
      drawings = Map.copyOf(drawings);
      images = Map.copyOf(images);
    }

    /** Manuals and drawings, no pictures. */
    public Attachments(Map<String, List<String>> manuals, Map<String, List<String>> drawings) {
      this(manuals, drawings, Map.of());
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

  /**
   * {@link #attachments(List, List, Path)}, showing its steps on {@code progress} (writing a full
   * catalog's files takes a while).
   */
  default Attachments attachments(
      List<Product> products, List<Maker> makers, Path feedsDir, Progress progress)
      throws IOException {
    return attachments(products, makers, feedsDir);
  }

  /**
   * A usage video of a product and its captions, paths relative to the feeds directory.
   *
   * @param video the MP4
   * @param captions the WebVTT captions
   */
  record Video(String video, String captions) {}

  /**
   * Writes usage videos for a few products the writer chooses, under {@code feedsDir}; none by
   * default.
   *
   * @param products every canonical product, sorted by code key
   * @return the video per product code key
   */
  default Map<String, Video> videos(List<Product> products, Path feedsDir) throws IOException {
    return Map.of();
  }

  /** Writes the catalog book listing the products by code. */
  void book(Path bookPdf, List<Product> products, List<Category> categories, List<Maker> makers)
      throws IOException;
}
