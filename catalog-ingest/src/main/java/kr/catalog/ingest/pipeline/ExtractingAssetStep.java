package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.catalog.ingest.asset.AssetExtractor;
import kr.catalog.ingest.asset.AssetProcessor;
import kr.catalog.ingest.asset.AssetRejectedException;
import kr.catalog.ingest.asset.BoundedWork;
import kr.catalog.ingest.asset.ExtractionLimits;
import kr.catalog.ingest.asset.ThumbnailSpec;
import kr.catalog.ingest.asset.Thumbnails;
import kr.catalog.ingest.asset.Videos;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Asset;
import org.jboss.logging.MDC;

/**
 * The asset step with content: text and metadata through Tika within {@link ExtractionLimits} (size
 * limit, character limit, timeout per file), a thumbnail of each drawing or PDF's first page, the
 * file stored by content hash ({@link AssetProcessor}). A corrupt, encrypted, huge or slow file is
 * rejected at the feed row that named it and the run goes on; a file whose thumbnail fails is kept
 * without thumbnail and the failure reported.
 */
public final class ExtractingAssetStep implements AssetStep {
  private final ExtractionLimits limits;
  private final ThumbnailSpec thumbnails;
  private final Videos videos;

  /** With the extractor's and thumbnailer's defaults. */
  public ExtractingAssetStep() {
    this(ExtractionLimits.DEFAULTS, ThumbnailSpec.DEFAULTS);
  }

  /** With explicit limits and thumbnail spec. */
  public ExtractingAssetStep(ExtractionLimits limits, ThumbnailSpec thumbnails) {
    this(limits, thumbnails, Videos.DEFAULTS);
  }

  /** With explicit limits, thumbnail spec and video limits. */
  public ExtractingAssetStep(ExtractionLimits limits, ThumbnailSpec thumbnails, Videos videos) {
    this.limits = limits;
    this.thumbnails = thumbnails;
    this.videos = videos;
  }

  @Override
  public String name() {
    return "tika";
  }

  @Override
  public List<Asset> process(
      List<AssetRequest> requests, Path feedsDir, Path mediaDir, RejectSink rejects) {
    Path root = feedsDir.toAbsolutePath().normalize();
    AssetProcessor processor =
        new AssetProcessor(
            new AssetExtractor(limits), new Thumbnails(thumbnails), videos, mediaDir);
    List<Asset> assets = new ArrayList<>();
    for (AssetRequest r : requests) {
      long maxBytes = r.kind() == Asset.Kind.VIDEO ? videos.maxVideoBytes() : limits.maxFileBytes();
      Path src = FileAssetStep.resolve(r, root, maxBytes, rejects);
      if (src == null) {
        continue;
      }
      String field = FileAssetStep.field(r);
      MDC.put(BoundedWork.FILE_MDC_KEY, r.path());
      try {
        AssetProcessor.Processed p =
            processor.process(src, r.productCodeKey(), r.kind(), r.title());
        assets.add(p.asset());
        String without = r.kind() == Asset.Kind.VIDEO ? "poster frame" : "thumbnail";
        // The messages name the file as the feed wrote it: the extractor's own message carries
        // the path the run found it at, which means nothing to whoever fixes the feed.
        p.thumbnailProblem()
            .ifPresent(
                e ->
                    rejects.reject(
                        Reject.atRow(
                            r.feedFile(),
                            r.line(),
                            field,
                            reason(e),
                            r.path() + ": kept without " + without + ": " + e.detail())));
      } catch (AssetRejectedException e) {
        rejects.reject(
            Reject.atRow(r.feedFile(), r.line(), field, reason(e), r.path() + ": " + e.detail()));
      } catch (IOException e) {
        // The media store cannot be written: that is the run's problem, not the file's.
        throw new UncheckedIOException("cannot write the media store " + mediaDir, e);
      } finally {
        MDC.remove(BoundedWork.FILE_MDC_KEY);
      }
    }
    return assets;
  }

  /** The report's reason for the extractor's. */
  static RejectReason reason(AssetRejectedException e) {
    return switch (e.reason()) {
      case CORRUPT -> RejectReason.CORRUPT_FILE;
      case ENCRYPTED -> RejectReason.ENCRYPTED_FILE;
      case TOO_LARGE -> RejectReason.TOO_LARGE;
      case TIMEOUT -> RejectReason.TIMEOUT;
      case UNSUPPORTED -> RejectReason.UNSUPPORTED_FORMAT;
      case UNREADABLE -> RejectReason.UNREADABLE_FILE;
    };
  }
}
