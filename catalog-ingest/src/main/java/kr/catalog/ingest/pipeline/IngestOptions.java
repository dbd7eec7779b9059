package kr.catalog.ingest.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import kr.catalog.ingest.feed.ExternalRates;

/**
 * How to run one ingest.
 *
 * @param feedsDir the input: feed files at its top level, attachments in sub-folders, book PDFs in
 *     {@code book/}
 * @param catalogDir where the catalog is stored (a {@link kr.catalog.model.CatalogStore})
 * @param stateDir where parsed feeds are cached between runs
 * @param mediaDir where asset copies, page images and thumbnails go
 * @param rates exchange rates for external feeds
 * @param maxErrorRate largest share of data rows rejected as errors that still exits 0
 * @param assetStep turns attachments into assets
 * @param bookStep digitises book PDFs, or {@code null} when none is configured
 * @param progress progress display
 */
public record IngestOptions(
    Path feedsDir,
    Path catalogDir,
    Path stateDir,
    Path mediaDir,
    ExternalRates rates,
    double maxErrorRate,
    AssetStep assetStep,
    BookStep bookStep,
    Progress progress) {

  /** 5 %: more rejected rows than that and the run exits 1. */
  public static final double DEFAULT_MAX_ERROR_RATE = 0.05;

  public IngestOptions {
    Objects.requireNonNull(feedsDir, "feedsDir");
    Objects.requireNonNull(catalogDir, "catalogDir");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(mediaDir, "mediaDir");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(assetStep, "assetStep");
    Objects.requireNonNull(progress, "progress");
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new IllegalArgumentException("maxErrorRate must be in [0, 1]: " + maxErrorRate);
    }
  }

  /**
   * Defaults for an output directory: {@code out/catalog}, {@code out/state}, {@code out/media},
   * the file asset step, no book step, no progress display.
   */
  public static IngestOptions of(Path feedsDir, Path outDir) {
    return new IngestOptions(
        feedsDir,
        outDir.resolve("catalog"),
        outDir.resolve("state"),
        outDir.resolve("media"),
        ExternalRates.DEFAULT,
        DEFAULT_MAX_ERROR_RATE,
        new FileAssetStep(),
        null,
        Progress.NONE);
  }

  /**
   * The step for product pictures ({@code 이미지}/{@code image} columns), whatever {@link
   * #assetStep()} is: pictures are always checked and derived ({@link PictureStep}).
   */
  public PictureStep pictureStep() {
    return new PictureStep();
  }

  /** With another progress display. */
  public IngestOptions withProgress(Progress p) {
    return new IngestOptions(
        feedsDir, catalogDir, stateDir, mediaDir, rates, maxErrorRate, assetStep, bookStep, p);
  }

  /** With another error threshold. */
  public IngestOptions withMaxErrorRate(double rate) {
    return new IngestOptions(
        feedsDir, catalogDir, stateDir, mediaDir, rates, rate, assetStep, bookStep, progress);
  }

  /** With other exchange rates. */
  public IngestOptions withRates(ExternalRates r) {
    return new IngestOptions(
        feedsDir, catalogDir, stateDir, mediaDir, r, maxErrorRate, assetStep, bookStep, progress);
  }

  /** With other asset and book steps ({@code book} may be null). */
  public IngestOptions withSteps(AssetStep assets, BookStep book) {
    return new IngestOptions(
        feedsDir, catalogDir, stateDir, mediaDir, rates, maxErrorRate, assets, book, progress);
  }
}
