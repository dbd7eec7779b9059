package kr.catalog.ingest.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import kr.catalog.ingest.report.RejectSink;

/**
 * Reads one feed file into {@link FeedRow}s. Rows that are malformed as rows (wrong column count,
 * not an object) go to the reject sink with their line; a file that cannot be read at all throws.
 */
public interface FeedReader {
  /** What a read saw. */
  record Result(long rows, List<String> ignoredColumns) {
    public Result {
      ignoredColumns = List.copyOf(ignoredColumns);
    }
  }

  /**
   * Reads every data row.
   *
   * @param file the file
   * @param name the name to report it under (relative to the feeds directory)
   * @param rows receives each well-formed row
   * @param rejects receives each malformed row
   * @return rows seen (well-formed or not) and columns that were not recognised
   */
  Result read(Path file, String name, Consumer<FeedRow> rows, RejectSink rejects)
      throws IOException;
}
