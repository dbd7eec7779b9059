package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 *
 * <p>Decoding, scaling and encoding cost tens of milliseconds of CPU per picture, and a full
 * catalog names about a hundred thousand files: distinct files are derived on several threads (each
 * writes its own content-addressed paths through a temporary file and an atomic move, so two
 * threads never write one file half each). Everything else stays in feed-row order: the files are
 * resolved, and the assets and the rejects reported, in the order of the requests, so a run gives
 * the same catalog and the same report whatever the number of threads.
 */
public final class PictureStep {
  private final PictureDeriver deriver;
  private final int threads;

  /**
   * Threads by default: every processor, at most four. A picture may hold up to {@link
   * PictureDeriver.Limits#maxPixels()} pixels decoded, about 400 MB with its copies at the default
   * limit, so the threads are bounded by memory as well as by cores.
   */
  public static int defaultThreads() {
    return Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
  }

  /** With {@link PictureDeriver.Limits#DEFAULTS}, on {@link #defaultThreads()}. */
  public PictureStep() {
    this(PictureDeriver.Limits.DEFAULTS, defaultThreads());
  }

  /** With these limits, on {@link #defaultThreads()}. */
  public PictureStep(PictureDeriver.Limits limits) {
    this(limits, defaultThreads());
  }

  /**
   * @param limits what a picture may be
   * @param threads distinct files derived at once (at least 1)
   */
  public PictureStep(PictureDeriver.Limits limits, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.deriver = new PictureDeriver(limits);
    this.threads = threads;
  }

  /** Distinct files derived at once. */
  public int threads() {
    return threads;
  }

  /** The pictures of these requests (all of kind {@link Asset.Kind#IMAGE}). */
  public List<Asset> process(
      List<AssetRequest> requests, Path feedsDir, Path mediaDir, RejectSink rejects) {
    return process(requests, feedsDir, mediaDir, rejects, Progress.Task.NONE);
  }

  /**
   * The pictures of these requests (all of kind {@link Asset.Kind#IMAGE}), advancing {@code
   * progress} by one per request.
   */
  public List<Asset> process(
      List<AssetRequest> requests,
      Path feedsDir,
      Path mediaDir,
      RejectSink rejects,
      Progress.Task progress) {
    Path root = feedsDir.toAbsolutePath().normalize();
    // 1. Resolve every request in row order; a row's own problems are kept for step 3.
    List<Path> sources = new ArrayList<>(requests.size());
    List<List<Reject>> resolveRejects = new ArrayList<>(requests.size());
    // Every variant of a family names the same file: derived once, then re-addressed.
    Map<Path, AssetRequest> firstRequestOf = new LinkedHashMap<>();
    Map<Path, Integer> requestsOf = new HashMap<>();
    for (AssetRequest r : requests) {
      List<Reject> own = new ArrayList<>(0);
      Path src = FileAssetStep.resolve(r, root, deriver.limits().maxBytes(), own::add);
      sources.add(src);
      resolveRejects.add(own);
      if (src == null) {
        progress.stepBy(1);
      } else {
        firstRequestOf.putIfAbsent(src, r);
        requestsOf.merge(src, 1, Integer::sum);
      }
    }
    // 2. Derive each distinct file once, in parallel; progress counts the requests it serves.
    Map<Path, Derived> derived =
        deriveAll(firstRequestOf, mediaDir, src -> progress.stepBy(requestsOf.get(src)));
    // 3. Assets and rejects in request order.
    List<Asset> out = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      AssetRequest r = requests.get(i);
      resolveRejects.get(i).forEach(rejects::reject);
      Path src = sources.get(i);
      if (src != null) {
        Derived d = derived.get(src);
        if (d.asset() != null) {
          out.add(forProduct(d.asset(), r.productCodeKey()));
        } else {
          AssetRejectedException e = d.rejected();
          rejects.reject(
              Reject.atRow(
                  r.feedFile(), r.line(), "image", ExtractingAssetStep.reason(e), e.getMessage()));
        }
      }
    }
    return out;
  }

  /** A derived picture, or why it was refused. */
  private record Derived(Asset asset, AssetRejectedException rejected) {}

  private Map<Path, Derived> deriveAll(
      Map<Path, AssetRequest> firstRequestOf, Path mediaDir, Consumer<Path> done) {
    List<Map.Entry<Path, AssetRequest>> files = List.copyOf(firstRequestOf.entrySet());
    List<Derived> results;
    try {
      results =
          ParallelWork.map(
              "picture",
              files,
              threads,
              file -> {
                Derived d = derive(file.getKey(), file.getValue(), mediaDir);
                done.accept(file.getKey());
                return d;
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the media store " + mediaDir, e);
    }
    Map<Path, Derived> out = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      out.put(files.get(i).getKey(), results.get(i));
    }
    return out;
  }

  private Derived derive(Path src, AssetRequest r, Path mediaDir) throws IOException {
    try {
      return new Derived(deriver.derive(src, r.path(), r.productCodeKey(), mediaDir), null);
    } catch (AssetRejectedException e) {
      return new Derived(null, e);
    }
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
