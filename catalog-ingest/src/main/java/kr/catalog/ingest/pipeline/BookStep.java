package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.BookPage;

/**
 * The step that digitises a printed catalog book (a PDF in the feeds directory's {@code book/}
 * folder): per page an image, a thumbnail, its text, its printed label and the product codes on it
 * with their boxes.
 *
 * <p>Contract: a page that cannot be rendered or read is rejected with its page index ({@link
 * kr.catalog.ingest.report.Reject#atPage}) and the other pages go on; a book that cannot be opened
 * at all throws {@link IOException} and the pipeline rejects the file. Paths are relative to {@code
 * mediaDir}.
 */
public interface BookStep {
  /** Name for the summary. */
  String name();

  /**
   * Digitises one book.
   *
   * @param bookPdf the book
   * @param bookId its id (the file name without extension)
   * @param mediaDir where page images and thumbnails go
   * @param knownCodeKeys code keys of the catalog's products, to tell product codes printed on a
   *     page from other text
   * @param rejects receives refused pages
   */
  List<BookPage> digitize(
      Path bookPdf, String bookId, Path mediaDir, Set<String> knownCodeKeys, RejectSink rejects)
      throws IOException;
}
