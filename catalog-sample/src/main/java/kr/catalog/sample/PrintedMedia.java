package kr.catalog.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.sample.media.CatalogBookWriter;
import kr.catalog.sample.media.DrawingWriter;
import kr.catalog.sample.media.ManualPdfWriter;

/**
 * Real files for generated feeds: a manual PDF per chosen product family ({@link ManualPdfWriter},
 * one manual shared by the family's variants), a dimensioned drawing PNG per chosen product ({@link
 * DrawingWriter}), and the printed catalog book ({@link CatalogBookWriter}).
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

  /**
   * @param every one family (manual) and one product (drawing) in this many gets a file
   * @param seed seed of the writers' choices
   */
  public PrintedMedia(int every, long seed) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1: " + every);
    }
    this.every = every;
    this.manuals = new ManualPdfWriter(seed);
    this.drawings = new DrawingWriter(seed);
    this.book = new CatalogBookWriter(CatalogBookWriter.Options.DEFAULTS);
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
    return new Attachments(manualPaths, drawingPaths);
  }

  @Override
  public void book(
      Path bookPdf, List<Product> products, List<Category> categories, List<Maker> makers)
      throws IOException {
    Map<String, String> categoryNames = new HashMap<>();
    categories.forEach(c -> categoryNames.put(c.id(), c.nameKo() + " " + c.nameEn()));
    book.write(products, makerNames(makers), categoryNames, bookPdf);
  }

  private static Map<String, String> makerNames(List<Maker> makers) {
    Map<String, String> names = new HashMap<>();
    makers.forEach(m -> names.put(m.id(), m.nameKo() + " " + m.nameEn()));
    return names;
  }
}
