package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kr.catalog.ingest.asset.AssetRejectedException;
import kr.catalog.ingest.book.BookDigitizer;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.BookPage;

/**
 * The book step: {@link BookDigitizer} renders every page (image and thumbnail), reads its text and
 * printed label, and finds the catalog's product codes on it with their boxes. A book that cannot
 * be opened (missing, corrupt, encrypted) is rejected as a whole by the pipeline.
 */
public final class DigitizingBookStep implements BookStep {
  private final BookDigitizer digitizer;

  /** With the digitiser's defaults. */
  public DigitizingBookStep() {
    this(BookDigitizer.Options.DEFAULTS);
  }

  /** With explicit options (resolution, thumbnail size, threads). */
  public DigitizingBookStep(BookDigitizer.Options options) {
    this.digitizer = new BookDigitizer(options);
  }

  @Override
  public String name() {
    return "pdfbox";
  }

  @Override
  public List<BookPage> digitize(
      Path bookPdf, String bookId, Path mediaDir, Set<String> knownCodeKeys, RejectSink rejects)
      throws IOException {
    try {
      return digitizer.digitize(bookId, bookPdf, mediaDir, knownCodeKeys);
    } catch (AssetRejectedException e) {
      throw new IOException(e.reason() + ": " + e.getMessage(), e);
    }
  }
}
