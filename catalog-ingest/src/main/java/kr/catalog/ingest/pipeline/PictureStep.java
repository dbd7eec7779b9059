package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.ingest.asset.AssetRejectedException;
import kr.catalog.ingest.asset.PictureDeriver;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Asset;

/**
 * Product pictures named by the {@code 이미지}/{@code image} column: each one checked, stored and
 * derived by {@link PictureDeriver}; a missing, corrupt, oversized or wrong-type file is reported
 * at the feed row that named it (field {@code image}) and the row's product is kept without it.
 *
 * <p>Runs whichever asset step is configured ({@code --no-extract} included): without derived sizes
 * the UI has nothing to show, and deriving is what a picture is taken for.
 */
public final class PictureStep {
  private final PictureDeriver deriver;

  /** With {@link PictureDeriver.Limits#DEFAULTS}. */
  public PictureStep() {
    this(PictureDeriver.Limits.DEFAULTS);
  }

  /** With these limits. */
  public PictureStep(PictureDeriver.Limits limits) {
    this.deriver = new PictureDeriver(limits);
  }

  /** The pictures of these requests (all of kind {@link Asset.Kind#IMAGE}). */
  public List<Asset> process(
      List<AssetRequest> requests, Path feedsDir, Path mediaDir, RejectSink rejects) {
    Path root = feedsDir.toAbsolutePath().normalize();
    List<Asset> out = new ArrayList<>();
    // Every variant of a family names the same file: derived once, then re-addressed.
    Map<Path, Asset> done = new HashMap<>();
    Map<Path, AssetRejectedException> failed = new HashMap<>();
    for (AssetRequest r : requests) {
      Path src = FileAssetStep.resolve(r, root, deriver.limits().maxBytes(), rejects);
      if (src == null) {
        continue;
      }
      try {
        Asset a = done.get(src);
        if (a == null) {
          AssetRejectedException before = failed.get(src);
          if (before != null) {
            throw before;
          }
          a = deriver.derive(src, r.path(), r.productCodeKey(), mediaDir);
          done.put(src, a);
        }
        out.add(forProduct(a, r.productCodeKey()));
      } catch (AssetRejectedException e) {
        failed.put(src, e);
        rejects.reject(
            Reject.atRow(
                r.feedFile(), r.line(), "image", ExtractingAssetStep.reason(e), e.getMessage()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the media store " + mediaDir, e);
      }
    }
    return out;
  }

  private static Asset forProduct(Asset a, String codeKey) {
    if (a.productCodeKey().equals(codeKey)) {
      return a;
    }
    return new Asset(
        codeKey + ":" + a.sha256().substring(0, 16),
        codeKey,
        a.kind(),
        a.path(),
        a.thumbnailPath(),
        a.mediaType(),
        a.title(),
        a.text(),
        a.pageCount(),
        a.sha256(),
        a.renditions());
  }
}
