package kr.catalog.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * {@code images/<family>.png}, named by each variant's row), and the printed catalog book ({@link
 * CatalogBookWriter}).
 *
 * <p>Which products get files: every {@code every}-th family (in code-key order of its first
 * product) gets a manual and every {@code every}-th product a drawing, so the amount of media
 * scales with the catalog without writing one PDF per product. Deterministic for a seed.
 */
public final class PrintedMedia implements MediaWriter {
  private final int every;
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
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1: " + every);
    }
    this.every = every;
    this.manuals = new ManualPdfWriter(seed);
    this.drawings = new DrawingWriter(seed);
    this.book =
        new CatalogBookWriter(
            CatalogBookWriter.Options.DEFAULTS.withMaxPages(bookPages), this::familyPicture);
  }

  @Override
  public Attachments attachments(List<Product> products, List<Maker> makers, Path feedsDir)
      throws IOException {
    Map<String, String> makerNames = makerNames(makers);
    Map<String, List<Product>> families = new LinkedHashMap<>();
    for (Product p : products) {
      families.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p);
    }
    java.nio.file.Files.createDirectories(feedsDir.resolve("manuals"));
    java.nio.file.Files.createDirectories(feedsDir.resolve("drawings"));
    Map<String, List<String>> manualPaths = new HashMap<>();
    int f = 0;
    for (Map.Entry<String, List<Product>> family : families.entrySet()) {
      if (f++ % every != 0) {
        continue;
      }
      List<Product> variants = family.getValue();
      String rel = "manuals/" + family.getKey() + ".pdf";
      manuals.write(
          family.getKey(),
          variants,
          makerNames.getOrDefault(variants.getFirst().makerId(), variants.getFirst().makerId()),
          feedsDir.resolve(rel));
      variants.forEach(v -> manualPaths.put(v.codeKey(), List.of(rel)));
    }
    Map<String, List<String>> drawingPaths = new HashMap<>();
    for (int i = 0; i < products.size(); i += every) {
      Product p = products.get(i);
      String rel = "drawings/" + p.codeKey() + ".png";
      drawings.write(p, makerNames.getOrDefault(p.makerId(), p.makerId()), feedsDir.resolve(rel));
      drawingPaths.put(p.codeKey(), List.of(rel));
    }
    Map<String, List<String>> imagePaths = new HashMap<>();
    for (Map.Entry<String, List<Product>> family : families.entrySet()) {
      Product first = family.getValue().getFirst();
      String rel = picturePath(family.getKey());
      pictures.write(first.categoryId(), first.makerId(), family.getKey(), feedsDir.resolve(rel));
      family.getValue().forEach(v -> imagePaths.put(v.codeKey(), List.of(rel)));
    }
    picturesWrittenUnder = feedsDir;
    return new Attachments(manualPaths, drawingPaths, imagePaths);
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
   * images/<family>.png} (characters other than letters, digits, dot, dash and underscore become
   * {@code _}). The book can draw the same picture with {@link ProductIllustrations#draw} from the
   * family's leaf category, maker and family key, or read this file.
   */
  public static String picturePath(String family) {
    return "images/" + family.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
  }

  private static Map<String, String> makerNames(List<Maker> makers) {
    Map<String, String> names = new HashMap<>();
    makers.forEach(m -> names.put(m.id(), m.nameKo() + " " + m.nameEn()));
    return names;
  }
}
