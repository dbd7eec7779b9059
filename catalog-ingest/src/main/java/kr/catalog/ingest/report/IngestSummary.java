package kr.catalog.ingest.report;

import java.util.Map;
import java.util.SortedMap;

/**
 * What a run did, for people and for the exit code. Written as {@code summary.json} next to the
 * catalog and printed by the command line.
 *
 * @param catalogVersion version of the catalog after the run
 * @param unchanged true when every input was unchanged and nothing was rewritten
 * @param filesRead input files parsed in this run
 * @param filesReused input files whose content hash matched and whose earlier parse was reused
 * @param rowsRead data rows seen in all input files (parsed or reused)
 * @param topCategories number of top categories in the catalog
 * @param categories number of categories (all levels)
 * @param makers number of makers in the catalog
 * @param products number of products in the catalog
 * @param assets number of assets
 * @param bookPages number of book pages
 * @param productsAdded products whose code key is new compared to the previous catalog
 * @param productsUpdated products whose content changed
 * @param productsRemoved products no longer present
 * @param productsByTopCategory product count per top category id
 * @param productsByMaker product count per maker id
 * @param rejectsByReason reject count per reason, zeros included
 * @param rejectErrors rejects that count as errors (duplicates excluded)
 * @param steps notes from optional steps (e.g. which asset or book step ran), by step name
 */
public record IngestSummary(
    String catalogVersion,
    boolean unchanged,
    int filesRead,
    int filesReused,
    long rowsRead,
    int topCategories,
    int categories,
    int makers,
    int products,
    int assets,
    int bookPages,
    int productsAdded,
    int productsUpdated,
    int productsRemoved,
    SortedMap<String, Long> productsByTopCategory,
    SortedMap<String, Long> productsByMaker,
    Map<RejectReason, Long> rejectsByReason,
    long rejectErrors,
    SortedMap<String, String> steps) {

  /** File name of the summary inside the output directory. */
  public static final String FILE_NAME = "summary.json";

  /** Share of data rows rejected as errors, 0 when no rows were read. */
  public double errorRate() {
    return rowsRead == 0 ? 0 : (double) rejectErrors / rowsRead;
  }
}
