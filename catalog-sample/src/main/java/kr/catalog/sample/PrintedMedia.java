package kr.catalog.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.catalog.ingest.pipeline.ParallelWork;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.sample.media.CatalogBookWriter;
import kr.catalog.sample.media.DrawingWriter;
import kr.catalog.sample.media.ManualPdfWriter;
import kr.catalog.sample.media.ProductIllustrations;
import kr.catalog.sample.media.UsageVideoWriter;

/**
 * Real files for generated feeds: a manual PDF per chosen product family ({@link ManualPdfWriter},
 * one manual shared by the family's variants), a dimensioned drawing PNG per chosen product ({@link
 * DrawingWriter}), a product picture per family ({@link ProductIllustrations}: every family, in
 * {@code images/<family>.jpg}, named by each variant's row), and the printed catalog book ({@link
 * CatalogBookWriter}).
 *
 * <p>Which products get files: every {@code every}-th family (in code-key order of its first
 * product) gets a manual and every {@code every}-th product a drawing, so the amount of media
 * scales with the catalog without writing one PDF per product. Deterministic for a seed.
 */
public final class PrintedMedia implements MediaWriter {
  private final int every;
  private final int threads;
  private final ManualPdfWriter manuals;
  private final DrawingWriter drawings;
  private final CatalogBookWriter book;
  private final ProductIllustrations pictures = new ProductIllustrations();

  /** The feeds directory the family pictures were last drawn under, for the book. */
  private volatile Path picturesWrittenUnder;

  private final UsageVideoWriter video = new UsageVideoWriter();

  /**
   * @param every one family (manual) and one product (drawing) in this many gets a file
   * @param seed seed of the writers' choices
   */
  public PrintedMedia(int every, long seed) {
    this(every, seed, CatalogBookWriter.Options.DEFAULTS.maxPages());
  }

  /**
   * @param every one family (manual) and one product (drawing) in this many gets a file
   * @param seed seed of the writers' choices
   * @param bookPages the printed book has at most this many pages
   */
  public PrintedMedia(int every, long seed, int bookPages) {
    this(every, seed, bookPages, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param every one family (manual) and one product (drawing) in this many gets a file
   * @param seed seed of the writers' choices
   * @param bookPages the printed book has at most this many pages
   * @param threads files written at once (the files do not depend on it)
   */
  public PrintedMedia(int every, long seed, int bookPages, int threads) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1: " + every);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.every = every;
    this.threads = threads;
    this.manuals = new ManualPdfWriter(seed);
    this.drawings = new DrawingWriter(seed);
    this.book =
        new CatalogBookWriter(
            CatalogBookWriter.Options.DEFAULTS.withMaxPages(bookPages), this::familyPicture);
  }

  @Override
  public Attachments attachments(List<Product> products, List<Maker> makers, Path feedsDir)
      throws IOException {
    return attachments(products, makers, feedsDir, Progress.NONE);
  }

  @Override
  public Attachments attachments(
      List<Product> products, List<Maker> makers, Path feedsDir, Progress progress)
      throws IOException {
    Map<String, String> makerNames = makerNames(makers);
    Map<String, List<Product>> families = new LinkedHashMap<>();
    for (Product p : products) {
      families.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p);
    }
    java.nio.file.Files.createDirectories(feedsDir.resolve("manuals"));
    java.nio.file.Files.createDirectories(feedsDir.resolve("drawings"));
    java.nio.file.Files.createDirectories(feedsDir.resolve("images"));
    // Which family and product gets which file is decided here, in order; only the writing is
    // spread over threads (every file is its own, named in advance).
    Map<String, List<String>> manualPaths = new HashMap<>();
    List<Map.Entry<String, List<Product>>> manualFamilies = new ArrayList<>();
    int f = 0;
    for (Map.Entry<String, List<Product>> family : families.entrySet()) {
      if (f++ % every == 0) {
        manualFamilies.add(family);
        String rel = manualPath(family.getKey());
        family.getValue().forEach(v -> manualPaths.put(v.codeKey(), List.of(rel)));
      }
    }
    writeAll(
        "manuals",
        manualFamilies,
        family -> {
          List<Product> variants = family.getValue();
          Product first = variants.getFirst();
          manuals.write(
              family.getKey(),
              variants,
              makerNames.getOrDefault(first.makerId(), first.makerId()),
              feedsDir.resolve(manualPath(family.getKey())));
        },
        progress);
    Map<String, List<String>> drawingPaths = new HashMap<>();
    List<Product> drawn = new ArrayList<>();
    for (int i = 0; i < products.size(); i += every) {
      Product p = products.get(i);
      drawn.add(p);
      drawingPaths.put(p.codeKey(), List.of(drawingPath(p)));
    }
    writeAll(
        "drawings",
        drawn,
        p ->
            drawings.write(
                p,
                makerNames.getOrDefault(p.makerId(), p.makerId()),
                feedsDir.resolve(drawingPath(p))),
        progress);
    Map<String, List<String>> imagePaths = new HashMap<>();
    for (Map.Entry<String, List<Product>> family : families.entrySet()) {
      String rel = picturePath(family.getKey());
      family.getValue().forEach(v -> imagePaths.put(v.codeKey(), List.of(rel)));
    }
    writeAll(
        "pictures",
        List.copyOf(families.entrySet()),
        family -> {
          Product first = family.getValue().getFirst();
          pictures.write(
              first.categoryId(),
              first.makerId(),
              family.getKey(),
              feedsDir.resolve(picturePath(family.getKey())));
        },
        progress);
    picturesWrittenUnder = feedsDir;
    return new Attachments(manualPaths, drawingPaths, imagePaths);
  }

  /** Writes one file. */
  @FunctionalInterface
  private interface FileWrite<T> {
    void write(T item) throws IOException;
  }

  /**
   * Writes a file per item on {@link #threads} threads: drawing and encoding pictures and laying
   * out PDFs take tens of milliseconds of CPU each, and a full catalog has over a hundred thousand
   * of them. The first failure stops the rest and is thrown.
   */
  private <T> void writeAll(String step, List<T> items, FileWrite<T> write, Progress progress)
      throws IOException {
    try (Progress.Task task = progress.start(step, items.size())) {
      ParallelWork.map(
          "media-" + step,
          items,
          threads,
          item -> {
            write.write(item);
            task.stepBy(1);
            return Boolean.TRUE;
          });
    }
  }

  private static String manualPath(String family) {
    return "manuals/" + family + ".pdf";
  }

  private static String drawingPath(Product p) {
    return "drawings/" + p.codeKey() + ".png";
  }

  /** Products with a usage video: a few, spread over the catalog (encoding is slow). */
  static final int VIDEOS = 3;

  @Override
  public Map<String, Video> videos(List<Product> products, Path feedsDir) throws IOException {
    Map<String, Video> out = new LinkedHashMap<>();
    for (int k = 0; k < Math.min(VIDEOS, products.size()); k++) {
      Product p = products.get(k * products.size() / VIDEOS);
      String video = "videos/" + p.codeKey() + ".mp4";
      String captions = "videos/" + p.codeKey() + ".ko.vtt";
      this.video.write(p.code(), p.nameKo(), feedsDir.resolve(video), feedsDir.resolve(captions));
      out.put(p.codeKey(), new Video(video, captions));
    }
    return out;
  }

  @Override
  public void book(
      Path bookPdf, List<Product> products, List<Category> categories, List<Maker> makers)
      throws IOException {
    Map<String, String> categoryNames = new HashMap<>();
    categories.forEach(c -> categoryNames.put(c.id(), c.nameKo() + " " + c.nameEn()));
    book.write(products, makerNames(makers), categoryNames, bookPdf);
  }

  /**
   * The picture the book prints for a product family: the file {@link #attachments} drew for it
   * (the generator writes the feeds' attachments before the book), so the book and the product
   * pages show the same picture; empty (the book's drawn frame) when it was not drawn.
   */
  Optional<Path> familyPicture(String family, List<Product> variants) {
    Path dir = picturesWrittenUnder;
    if (dir == null) {
      return Optional.empty();
    }
    Path file = dir.resolve(picturePath(family));
    return java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * Where a family's picture is written, relative to the feeds directory: {@code
   * images/<family>.jpg} (characters other than letters, digits, dot, dash and underscore become
   * {@code _}). The book can draw the same picture with {@link ProductIllustrations#draw} from the
   * family's leaf category, maker and family key, or read this file.
   */
  public static String picturePath(String family) {
    return "images/" + family.replaceAll("[^A-Za-z0-9._-]", "_") + ".jpg";
  }

  private static Map<String, String> makerNames(List<Maker> makers) {
    Map<String, String> names = new HashMap<>();
    makers.forEach(m -> names.put(m.id(), m.nameKo() + " " + m.nameEn()));
    return names;
  }
}
