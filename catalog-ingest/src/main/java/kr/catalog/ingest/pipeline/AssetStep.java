package kr.catalog.ingest.pipeline;

import java.nio.file.Path;
import java.util.List;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Asset;

/**
 * The step that turns the files feeds attach to products (manuals, drawings) into {@link Asset}s:
 * text and metadata, thumbnails, the copy in the media store.
 *
 * <p>Contract: every request yields one asset or one reject (file = the feed that named it, line,
 * field {@code manual}/{@code drawing}, reason such as {@code MISSING_FILE}, {@code CORRUPT_FILE},
 * {@code ENCRYPTED_FILE}, {@code TOO_LARGE}, {@code TIMEOUT}); one bad file never stops the run.
 * Output paths are relative to {@code mediaDir} with forward slashes. An implementation should skip
 * work for files whose content hash it has already processed in {@code mediaDir}, so re-runs are
 * cheap.
 */
public interface AssetStep {
  /** Name for the summary, e.g. {@code files} or {@code tika}. */
  String name();

  /**
   * Processes the requests.
   *
   * @param requests one per (product, file) named by the winning feed rows
   * @param feedsDir the directory request paths are relative to
   * @param mediaDir where copies, thumbnails and rendered images go
   * @param rejects receives every refused file
   */
  List<Asset> process(
      List<AssetRequest> requests, Path feedsDir, Path mediaDir, RejectSink rejects);
}
