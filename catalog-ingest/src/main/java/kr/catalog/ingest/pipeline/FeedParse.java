package kr.catalog.ingest.pipeline;

import java.util.List;
import kr.catalog.ingest.report.Reject;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;

/**
 * Everything one feed file contributed, cached by the file's content hash so an unchanged file is
 * never parsed twice.
 *
 * @param file the feed file, relative to the feeds directory
 * @param rows data rows seen
 * @param candidates rows that normalised, before duplicates are resolved
 * @param rejects rows that did not
 * @param createdMakers makers created from spellings (external feeds only)
 * @param createdCategories categories created from the feed (external feeds only)
 * @param ignoredColumns columns the feed has that no field maps to
 */
public record FeedParse(
    String file,
    long rows,
    List<Candidate> candidates,
    List<Reject> rejects,
    List<Maker> createdMakers,
    List<Category> createdCategories,
    List<String> ignoredColumns) {
  public FeedParse {
    candidates = List.copyOf(candidates);
    rejects = List.copyOf(rejects);
    createdMakers = List.copyOf(createdMakers);
    createdCategories = List.copyOf(createdCategories);
    ignoredColumns = List.copyOf(ignoredColumns);
  }
}
