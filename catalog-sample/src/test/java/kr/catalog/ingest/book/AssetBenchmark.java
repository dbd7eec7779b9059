package kr.catalog.ingest.book;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import kr.catalog.ingest.asset.AssetExtractor;
import kr.catalog.ingest.asset.ExtractedText;
import kr.catalog.ingest.asset.ExtractionLimits;
import kr.catalog.ingest.asset.PageRaster;
import kr.catalog.ingest.asset.ThumbnailSpec;
import kr.catalog.ingest.asset.Thumbnails;
import kr.catalog.model.BookPage;
import kr.catalog.model.Product;
import kr.catalog.sample.media.CatalogBookWriter;
import kr.catalog.sample.media.CatalogBookWriter.PrintedBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Throughput of the asset side of ingest, measured on one machine (not a timed test): Tika
 * extraction and first-page thumbnails of the real PDFs, writing the printed catalog book, and
 * rendering its pages (image + thumbnail) and digitising them (image + thumbnail + text +
 * hotspots). See {@code catalog-ingest/README-assets.md} for the command and the figures.
 *
 * <p>Arguments: {@code PDF_DIR [PRODUCTS [MAX_PAGES [ROUNDS]]]} ({@code PDF_DIR} {@code -} for the
 * book alone); defaults 133,323 products (the catalog's size), 400 pages, 5 extraction rounds after
 * one warm-up round.
 */
public final class AssetBenchmark {
  private AssetBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: AssetBenchmark PDF_DIR [PRODUCTS [MAX_PAGES [ROUNDS]]]");
      System.exit(2);
    }
    Path pdfDir = Path.of(args[0]);
    int productCount = args.length > 1 ? Integer.parseInt(args[1]) : 133_323;
    int maxPages = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Path work = Files.createTempDirectory("asset-benchmark-");
    System.out.printf(
        Locale.ROOT,
        "java %s, %d cores, max heap %d MiB%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    // PDF_DIR "-": the book only.
    if (!args[0].equals("-")) {
      extraction(pdfDir, rounds, true);
      extraction(pdfDir, rounds, false);
      thumbnails(pdfDir, work, rounds);
    }
    book(work, productCount, maxPages);
  }

  private static List<Path> pdfs(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  private static void extraction(Path pdfDir, int rounds, boolean rotated) throws Exception {
    AssetExtractor extractor = new AssetExtractor(ExtractionLimits.DEFAULTS, rotated);
    List<Path> pdfs = pdfs(pdfDir);
    long bytes = 0;
    int pages = 0;
    for (Path pdf : pdfs) {
      ExtractedText text = extractor.extract(pdf); // warm-up round
      bytes += text.bytes();
      pages += text.pageCount();
    }
    long start = System.nanoTime();
    long chars = 0;
    for (int round = 0; round < rounds; round++) {
      for (Path pdf : pdfs) {
        chars += extractor.extract(pdf).text().length();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int files = pdfs.size() * rounds;
    System.out.printf(
        Locale.ROOT,
        "extraction (rotated text %s): %d files (%d rounds of %d real PDFs, %.1f MiB, %d pages per round) in %.2f s:"
            + " %.1f files/s, %.1f pages/s, %.2f MiB/s, %.0f chars/s%n",
        rotated ? "on" : "off",
        files,
        rounds,
        pdfs.size(),
        bytes / 1048576.0,
        pages,
        seconds,
        files / seconds,
        pages * rounds / seconds,
        bytes * rounds / 1048576.0 / seconds,
        chars / seconds);
  }

  private static void thumbnails(Path pdfDir, Path work, int rounds) throws Exception {
    Thumbnails thumbnails = new Thumbnails(ThumbnailSpec.DEFAULTS);
    List<Path> pdfs = pdfs(pdfDir);
    for (Path pdf : pdfs) {
      thumbnails.ofPdfFirstPage(pdf, work.resolve("warm.png"));
    }
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (Path pdf : pdfs) {
        thumbnails.ofPdfFirstPage(pdf, work.resolve(pdf.getFileName() + ".png"));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "pdf first-page thumbnails (72 DPI render, 320 px PNG): %d in %.2f s: %.1f/s%n",
        pdfs.size() * rounds,
        seconds,
        pdfs.size() * rounds / seconds);
  }

  private static void book(Path work, int productCount, int maxPages) throws Exception {
    List<Product> products = syntheticProducts(productCount);
    Map<String, String> makers = new HashMap<>();
    Map<String, String> categories = new HashMap<>();
    for (Product product : products) {
      makers.putIfAbsent(product.makerId(), "제조사 Maker " + product.makerId());
      categories.putIfAbsent(product.categoryId(), "분류 Category " + product.categoryId());
      categories.putIfAbsent(
          product.categoryId().substring(0, 2), "대분류 Top " + product.categoryId().substring(0, 2));
    }
    long start = System.nanoTime();
    PrintedBook book =
        new CatalogBookWriter(CatalogBookWriter.Options.DEFAULTS.withMaxPages(maxPages))
            .write(products, makers, categories, work.resolve("book.pdf"));
    double writeSeconds = (System.nanoTime() - start) / 1e9;
    int pageCount = book.pages().size();
    System.out.printf(
        Locale.ROOT,
        "book written: %d pages listing %,d of %,d products (every %d-th), %.1f MiB, in %.2f s:"
            + " %.1f pages/s%n",
        pageCount,
        book.productsPrinted(),
        book.productsGiven(),
        book.stride(),
        Files.size(book.path()) / 1048576.0,
        writeSeconds,
        pageCount / writeSeconds);

    BookDigitizer.Options options = BookDigitizer.Options.DEFAULTS;
    start = System.nanoTime();
    try (PDDocument document =
        Loader.loadPDF(book.path().toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
      PDFRenderer renderer = new PDFRenderer(document);
      Path media = Files.createDirectories(work.resolve("render-only"));
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        BufferedImage image =
            PageRaster.render(
                renderer, document.getPage(i), i, options.imageDpi(), options.maxImagePixels());
        Thumbnails.write(image, options.format(), media.resolve(i + ".jpg"));
        Thumbnails.write(
            Thumbnails.fit(image, options.thumbnailWidth(), options.thumbnailHeight()),
            options.format(),
            media.resolve(i + "-t.jpg"));
      }
    }
    double renderSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "book pages rendered (image %.0f DPI JPEG + %dx%d thumbnail): %d in %.2f s: %.2f pages/s%n",
        options.imageDpi(),
        options.thumbnailWidth(),
        options.thumbnailHeight(),
        pageCount,
        renderSeconds,
        pageCount / renderSeconds);

    Set<String> keys = new HashSet<>();
    products.forEach(p -> keys.add(p.codeKey()));
    digitize(book, options, keys, work);
    digitize(book, options.withThreads(2), keys, work);
  }

  private static void digitize(
      PrintedBook book, BookDigitizer.Options options, Set<String> keys, Path work)
      throws Exception {
    long start = System.nanoTime();
    List<BookPage> pages =
        new BookDigitizer(options)
            .digitize("benchmark", book.path(), work.resolve("media-" + options.threads()), keys);
    double digitizeSeconds = (System.nanoTime() - start) / 1e9;
    int hotspots = pages.stream().mapToInt(p -> p.hotspots().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "book digitised (render + text + labels + hotspots, %d thread(s)): %d pages, %,d hotspots"
            + " in %.2f s: %.2f pages/s%n",
        options.threads(),
        pages.size(),
        hotspots,
        digitizeSeconds,
        pages.size() / digitizeSeconds);
    // One hotspot per printed code and one per family picture.
    int pictures = book.pages().stream().mapToInt(p -> p.pictureCodeKeys().size()).sum();
    if (hotspots != book.productsPrinted() + pictures) {
      throw new IllegalStateException(
          "hotspots "
              + hotspots
              + " != products printed "
              + book.productsPrinted()
              + " + pictures "
              + pictures);
    }
  }

  /** Products shaped like the catalog: 9 top categories, 12 leaves each, 1,118 makers. */
  static List<Product> syntheticProducts(int count) {
    SplittableRandom random = new SplittableRandom(20_260_101L);
    String[] prefixes = {"GSB", "HP", "DCD", "GWS", "EM", "BRG", "NSK", "SKF", "HR", "TS"};
    List<Product> products = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String code =
          String.format(
              Locale.ROOT,
              "%s %d-%02d%s",
              prefixes[random.nextInt(prefixes.length)],
              100 + i,
              random.nextInt(100),
              random.nextBoolean() ? "RE" : "");
      String key = code.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./]", "");
      String category =
          String.format(Locale.ROOT, "%02d.%02d", 1 + random.nextInt(9), 1 + random.nextInt(12));
      products.add(
          new Product(
              code,
              key,
              key,
              "산업용 공구 " + i,
              "Industrial tool " + i,
              "m" + random.nextInt(1118),
              category,
              1_000L + random.nextInt(2_000_000),
              "KR",
              "Brand",
              false,
              false,
              false,
              Map.of(),
              List.of(),
              null));
    }
    return products;
  }
}
