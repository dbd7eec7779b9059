package kr.catalog.sample.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kr.catalog.model.Product;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes the printed catalog book as a PDF: a cover and contents (front matter labelled {@code i,
 * ii, ...}), then one section per top category, lettered {@code A, B, ...}, whose pages are
 * labelled {@code, ...}; inside a section, a heading per leaf category and one row per
 * product with its code, name, maker and list price. The printed labels are also set as the PDF's
 * page labels, so viewers show {@code A-12} where the page index is 37.
 *
 * <p><b>Which products are printed.</b> A printed catalog is a selection: all 133,323 items at one
 * per row would be about 2,700 A4 pages. The book is capped at {@link Options#maxPages()} (several
 * hundred by default) by printing every k-th product of each leaf category, ordered by code, with
 * the smallest k that fits; every leaf category keeps at least its first product, and the cover
 * says how many of how many items are listed. Discontinued products are not printed. The choice is
 * deterministic: the same products give the same book, byte for byte.
 *
 * <p>Korean names are printed when a Korean font is available ({@link MediaFonts}); otherwise
 * English names (or the code) in Helvetica, and the book still comes out.
 */
public final class CatalogBookWriter {
  private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
  private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
  private static final float MARGIN = 36f;
  private static final float HEADER_BASELINE = 30f;
  private static final float HEADER_RULE = 36f;
  private static final float SECTION_TITLE_BASELINE = 70f;
  private static final float FIRST_COLUMN_HEADER = 96f;
  private static final float COLUMN_HEADER = 54f;
  private static final float BODY_BOTTOM = PAGE_HEIGHT - 48f;
  private static final float FOOTER_BASELINE = PAGE_HEIGHT - 24f;

  private static final float CODE_X = MARGIN;
  private static final float NAME_X = 160f;
  private static final float MAKER_X = 372f;
  private static final float PRICE_RIGHT = PAGE_WIDTH - MARGIN;

  private final Options options;
  private final PdfFonts.Source fontSource;

  /** A writer for books laid out with {@code options}. */
  public CatalogBookWriter(Options options) {
    this(options, PdfFonts::load);
  }

  CatalogBookWriter(Options options, PdfFonts.Source fontSource) {
    this.options = Objects.requireNonNull(options, "options");
    this.fontSource = Objects.requireNonNull(fontSource, "fontSource");
  }

  /**
   * How the book looks.
   *
   * @param title printed on the cover and in every page header
   * @param edition printed on the cover ({@code 2026})
   * @param maxPages the book has at most this many pages, front matter included
   * @param fontSize point size of product rows (6 to 14); rows are 1.55 times as high
   * @param publishedOn the date in the PDF's metadata
   */
  public record Options(
      String title, String edition, int maxPages, float fontSize, LocalDate publishedOn) {
    /** Several hundred pages at 8 pt, 49 rows a page. */
    public static final Options DEFAULTS =
        new Options(
            "산업용품 종합 카탈로그 Industrial Supplies Catalog", "2026", 400, 8f, LocalDate.of(2026, 1, 2));

    public Options {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(edition, "edition");
      Objects.requireNonNull(publishedOn, "publishedOn");
      if (maxPages < 4) {
        throw new IllegalArgumentException("maxPages must be at least 4: " + maxPages);
      }
      if (fontSize < 6 || fontSize > 14) {
        throw new IllegalArgumentException("fontSize must be 6 to 14: " + fontSize);
      }
    }

    /** A copy with another page cap. */
    public Options withMaxPages(int pages) {
      return new Options(title, edition, pages, fontSize, publishedOn);
    }

    /** A copy with another row font size. */
    public Options withFontSize(float size) {
      return new Options(title, edition, maxPages, size, publishedOn);
    }
  }

  /**
   * One printed page, as laid out: what the digitised page should be found to contain.
   *
   * @param index 1-based page index in the PDF
   * @param label the printed label ({@code iii}, {@code B-4})
   * @param sectionId the top category id of the section, or {@code null} on front matter
   * @param codeKeys code keys of the products printed on the page, in print order
   */
  public record PrintedPage(int index, String label, String sectionId, List<String> codeKeys) {
    public PrintedPage {
      codeKeys = List.copyOf(codeKeys);
    }
  }

  /**
   * The book that was written.
   *
   * @param path the PDF
   * @param pages every page, front matter included
   * @param productsGiven products passed in
   * @param productsPrinted products listed in the book
   * @param stride every {@code stride}-th product of each leaf category was printed
   */
  public record PrintedBook(
      Path path, List<PrintedPage> pages, int productsGiven, int productsPrinted, int stride) {
    public PrintedBook {
      pages = List.copyOf(pages);
    }
  }

  private sealed interface Row permits Heading, Item {}

  private record Heading(String categoryId) implements Row {}

  private record Item(Product product) implements Row {}

  private record Section(String topId, String letter, List<List<Row>> pages) {}

  private record Layout(List<Section> sections, int frontPages, int printed, int stride) {
    int totalPages() {
      return frontPages + sections.stream().mapToInt(s -> s.pages().size()).sum();
    }
  }

  /**
   * Writes the book.
   *
   * @param products the catalog's products; the leaf category's id up to its first dot is the top
   *     category ({@code 03.12} is in section {@code 03})
   * @param makerNames display name per maker id ({@code 보쉬 Bosch}); the id when absent
   * @param categoryNames display name per category id, top and leaf; the id when absent
   * @param out the PDF to write (replaced atomically)
   * @throws IllegalArgumentException when there are so many categories that even one product per
   *     leaf category does not fit in {@link Options#maxPages()}
   */
  public PrintedBook write(
      List<Product> products,
      Map<String, String> makerNames,
      Map<String, String> categoryNames,
      Path out)
      throws IOException {
    TreeMap<String, TreeMap<String, List<Product>>> byTopAndLeaf = group(products);
    Layout layout = fit(byTopAndLeaf, products.size());
    List<PrintedPage> printedPages = new ArrayList<>();
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".book-", ".tmp");
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = fontSource.load(document);
      Map<String, String> sectionStartLabels = new TreeMap<>();
      for (Section section : layout.sections()) {
        sectionStartLabels.put(section.topId(), section.letter() + "-1");
      }
      writeCover(document, fonts, layout, products.size());
      printedPages.add(new PrintedPage(1, "i", null, List.of()));
      List<String[]> contents = contentsEntries(layout, categoryNames);
      int perContentsPage = contentsRowsPerPage();
      for (int p = 0; p < layout.frontPages() - 1; p++) {
        int from = p * perContentsPage;
        List<String[]> chunk =
            contents.subList(
                Math.min(from, contents.size()), Math.min(from + perContentsPage, contents.size()));
        String label = PdfDocuments.roman(p + 2);
        writeContentsPage(document, fonts, chunk, label, p == 0);
        printedPages.add(new PrintedPage(p + 2, label, null, List.of()));
      }
      PDPageLabels labels = new PDPageLabels(document);
      PDPageLabelRange front = new PDPageLabelRange();
      front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
      front.setStart(1);
      labels.setLabelItem(0, front);
      int index = layout.frontPages();
      for (Section section : layout.sections()) {
        PDPageLabelRange range = new PDPageLabelRange();
        range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        range.setPrefix(section.letter() + "-");
        range.setStart(1);
        labels.setLabelItem(index, range);
        String sectionName = categoryNames.getOrDefault(section.topId(), section.topId());
        for (int p = 0; p < section.pages().size(); p++) {
          String label = section.letter() + "-" + (p + 1);
          List<String> codeKeys =
              writeSectionPage(
                  document, fonts, section, sectionName, p, label, makerNames, categoryNames);
          index++;
          printedPages.add(new PrintedPage(index, label, section.topId(), codeKeys));
        }
      }
      document.getDocumentCatalog().setPageLabels(labels);
      PdfDocuments.stamp(
          document,
          options.title() + " " + options.edition(),
          "catalog-ingest",
          "printed catalog book, " + layout.printed() + " of " + products.size() + " items",
          options.publishedOn(),
          "book|" + options + "|" + layout.printed() + "|" + layout.totalPages());
      document.save(temp.toFile());
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return new PrintedBook(out, printedPages, products.size(), layout.printed(), layout.stride());
  }

  private static TreeMap<String, TreeMap<String, List<Product>>> group(List<Product> products) {
    TreeMap<String, TreeMap<String, List<Product>>> groups = new TreeMap<>();
    for (Product product : products) {
      if (product.discontinued()) {
        continue;
      }
      String leaf = product.categoryId();
      int dot = leaf.indexOf('.');
      String top = dot < 0 ? leaf : leaf.substring(0, dot);
      groups
          .computeIfAbsent(top, t -> new TreeMap<>())
          .computeIfAbsent(leaf, l -> new ArrayList<>())
          .add(product);
    }
    Comparator<Product> byCode = Comparator.comparing(Product::codeKey);
    groups.values().forEach(leaves -> leaves.values().forEach(list -> list.sort(byCode)));
    return groups;
  }

  /** The smallest stride whose layout fits in the page cap. */
  private Layout fit(TreeMap<String, TreeMap<String, List<Product>>> groups, int given) {
    int listable =
        groups.values().stream().flatMap(l -> l.values().stream()).mapToInt(List::size).sum();
    int largestLeaf =
        groups.values().stream()
            .flatMap(l -> l.values().stream())
            .mapToInt(List::size)
            .max()
            .orElse(1);
    long roughCapacity = (long) options.maxPages() * rowsPerPage(false);
    int stride = (int) Math.max(1, listable / Math.max(1, roughCapacity));
    while (true) {
      Layout layout = layout(groups, stride);
      if (layout.totalPages() <= options.maxPages()) {
        return layout;
      }
      if (stride > largestLeaf) {
        throw new IllegalArgumentException(
            "even one product per leaf category needs "
                + layout.totalPages()
                + " pages, over the cap of "
                + options.maxPages()
                + " (given "
                + given
                + " products)");
      }
      // Grow by about the overshoot so a 133k-item catalog needs a handful of tries, not dozens.
      double over = (double) layout.totalPages() / options.maxPages();
      stride = Math.max(stride + 1, (int) Math.floor(stride * over));
    }
  }

  private Layout layout(TreeMap<String, TreeMap<String, List<Product>>> groups, int stride) {
    List<Section> sections = new ArrayList<>();
    int printed = 0;
    int contentsEntries = 0;
    int sectionNumber = 0;
    for (var top : groups.entrySet()) {
      List<Row> rows = new ArrayList<>();
      for (var leaf : top.getValue().entrySet()) {
        rows.add(new Heading(leaf.getKey()));
        List<Product> list = leaf.getValue();
        for (int i = 0; i < list.size(); i += stride) {
          rows.add(new Item(list.get(i)));
          printed++;
        }
        contentsEntries++;
      }
      contentsEntries++;
      sections.add(new Section(top.getKey(), sectionLetter(sectionNumber++), paginate(rows)));
    }
    int contentsPages = Math.max(1, ceilDiv(contentsEntries, contentsRowsPerPage()));
    return new Layout(sections, 1 + contentsPages, printed, stride);
  }

  /** Fills pages with rows; a heading never ends a page (it moves to the next one). */
  private List<List<Row>> paginate(List<Row> rows) {
    List<List<Row>> pages = new ArrayList<>();
    List<Row> page = new ArrayList<>();
    int capacity = rowsPerPage(true);
    for (Row row : rows) {
      boolean headingAtBottom = row instanceof Heading && page.size() == capacity - 1;
      if (page.size() == capacity || headingAtBottom) {
        pages.add(page);
        page = new ArrayList<>();
        capacity = rowsPerPage(false);
      }
      page.add(row);
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }

  private float rowHeight() {
    return options.fontSize() * 1.55f;
  }

  private int rowsPerPage(boolean sectionStart) {
    float firstRow = (sectionStart ? FIRST_COLUMN_HEADER : COLUMN_HEADER) + rowHeight();
    return (int) Math.floor((BODY_BOTTOM - firstRow) / rowHeight()) + 1;
  }

  private static int contentsRowsPerPage() {
    return (int) Math.floor((BODY_BOTTOM - 100f) / 14f) + 1;
  }

  private void writeCover(PDDocument document, PdfFonts fonts, Layout layout, int given)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PdfCanvas canvas = new PdfCanvas(document, page, fonts)) {
      float center = PAGE_WIDTH / 2;
      canvas.fill(0, 250, PAGE_WIDTH, 140, 0.15f);
      canvas.textCentered(center, 200, fonts.bold(), 14, options.edition());
      List<String> titleLines =
          canvas.wrap(fonts.bold(), 24, options.title(), PAGE_WIDTH - 2 * MARGIN);
      float y = 300;
      for (String line : titleLines) {
        canvas.textCentered(center, y, fonts.bold(), 24, line);
        y += 32;
      }
      String count = String.format(Locale.ROOT, "%,d", layout.printed());
      String total = String.format(Locale.ROOT, "%,d", given);
      y = 470;
      if (fonts.korean()) {
        canvas.textCentered(
            center, y, fonts.regular(), 11, "전체 " + total + "개 품목 중 " + count + "개 수록 (분류별 고른 표본)");
        y += 18;
        canvas.textCentered(center, y, fonts.regular(), 11, "전체 품목과 최신 가격은 온라인 카탈로그에서 찾을 수 있습니다.");
        y += 24;
      }
      canvas.textCentered(
          center,
          y,
          fonts.regular(),
          11,
          count + " of " + total + " items listed (an even sample of every category)");
      y += 18;
      canvas.textCentered(
          center,
          y,
          fonts.regular(),
          11,
          "The full range and current prices are in the online catalog.");
      canvas.textCentered(center, FOOTER_BASELINE, fonts.regular(), 9, "i");
    }
  }

  private List<String[]> contentsEntries(Layout layout, Map<String, String> categoryNames) {
    List<String[]> entries = new ArrayList<>();
    for (Section section : layout.sections()) {
      entries.add(
          new String[] {
            "S",
            section.letter() + "   " + categoryNames.getOrDefault(section.topId(), section.topId()),
            section.letter() + "-1"
          });
      for (int p = 0; p < section.pages().size(); p++) {
        for (Row row : section.pages().get(p)) {
          if (row instanceof Heading heading) {
            entries.add(
                new String[] {
                  "L",
                  heading.categoryId()
                      + "  "
                      + categoryNames.getOrDefault(heading.categoryId(), ""),
                  section.letter() + "-" + (p + 1)
                });
          }
        }
      }
    }
    return entries;
  }

  private void writeContentsPage(
      PDDocument document, PdfFonts fonts, List<String[]> entries, String label, boolean first)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PdfCanvas canvas = new PdfCanvas(document, page, fonts)) {
      header(canvas, fonts, "");
      if (first) {
        canvas.text(
            MARGIN,
            SECTION_TITLE_BASELINE,
            fonts.bold(),
            18,
            fonts.korean() ? "차례  Contents" : "Contents");
      }
      float y = 100f;
      for (String[] entry : entries) {
        boolean section = entry[0].equals("S");
        PDFont font = section ? fonts.bold() : fonts.regular();
        float x = section ? MARGIN : MARGIN + 18;
        canvas.text(
            x, y, font, section ? 11 : 9, canvas.fit(font, section ? 11 : 9, entry[1], 420));
        canvas.textRight(PAGE_WIDTH - MARGIN, y, font, section ? 11 : 9, entry[2]);
        y += 14f;
      }
      canvas.textCentered(PAGE_WIDTH / 2, FOOTER_BASELINE, fonts.regular(), 9, label);
    }
  }

  private List<String> writeSectionPage(
      PDDocument document,
      PdfFonts fonts,
      Section section,
      String sectionName,
      int pageInSection,
      String label,
      Map<String, String> makerNames,
      Map<String, String> categoryNames)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    List<String> codeKeys = new ArrayList<>();
    float size = options.fontSize();
    float rowHeight = rowHeight();
    try (PdfCanvas canvas = new PdfCanvas(document, page, fonts)) {
      header(canvas, fonts, section.letter() + "  " + sectionName);
      float columns = COLUMN_HEADER;
      if (pageInSection == 0) {
        canvas.text(
            MARGIN,
            SECTION_TITLE_BASELINE,
            fonts.bold(),
            18,
            section.letter() + "   " + sectionName);
        columns = FIRST_COLUMN_HEADER;
      }
      boolean korean = fonts.korean();
      canvas.text(CODE_X, columns, fonts.bold(), size, korean ? "코드 Code" : "Code");
      canvas.text(NAME_X, columns, fonts.bold(), size, korean ? "품명 Name" : "Name");
      canvas.text(MAKER_X, columns, fonts.bold(), size, korean ? "제조사 Maker" : "Maker");
      canvas.textRight(
          PRICE_RIGHT, columns, fonts.bold(), size, korean ? "가격(원) Price KRW" : "Price KRW");
      canvas.line(MARGIN, columns + 3, PAGE_WIDTH - MARGIN, columns + 3, 0.5f);
      float y = columns + rowHeight;
      int shade = 0;
      for (Row row : section.pages().get(pageInSection)) {
        if (row instanceof Heading heading) {
          canvas.fill(MARGIN, y - size - 1, PAGE_WIDTH - 2 * MARGIN, rowHeight, 0.85f);
          canvas.text(
              CODE_X + 2,
              y,
              fonts.bold(),
              size,
              heading.categoryId() + "  " + categoryNames.getOrDefault(heading.categoryId(), ""));
          shade = 0;
        } else if (row instanceof Item item) {
          Product p = item.product();
          if (shade++ % 2 == 1) {
            canvas.fill(MARGIN, y - size - 1, PAGE_WIDTH - 2 * MARGIN, rowHeight, 0.95f);
          }
          // A code is never cut: it is what counsellors type and what the e-book links. A long
          // one is printed smaller instead.
          float codeWidth = canvas.width(fonts.bold(), size, p.code());
          float codeSize = Math.min(size, size * (NAME_X - CODE_X - 6) / Math.max(codeWidth, 1f));
          canvas.text(CODE_X, y, fonts.bold(), codeSize, p.code());
          canvas.text(
              NAME_X,
              y,
              fonts.regular(),
              size,
              canvas.fit(fonts.regular(), size, displayName(p, korean), MAKER_X - NAME_X - 6));
          String maker = makerNames.getOrDefault(p.makerId(), p.makerId());
          canvas.text(
              MAKER_X, y, fonts.regular(), size, canvas.fit(fonts.regular(), size, maker, 110));
          canvas.textRight(
              PRICE_RIGHT,
              y,
              fonts.regular(),
              size,
              String.format(Locale.ROOT, "%,d", p.listPrice()));
          codeKeys.add(p.codeKey());
        }
        y += rowHeight;
      }
      canvas.textCentered(PAGE_WIDTH / 2, FOOTER_BASELINE, fonts.regular(), 9, label);
    }
    return codeKeys;
  }

  private void header(PdfCanvas canvas, PdfFonts fonts, String right) throws IOException {
    canvas.text(
        MARGIN, HEADER_BASELINE, fonts.regular(), 7, options.title() + " " + options.edition());
    canvas.textRight(PAGE_WIDTH - MARGIN, HEADER_BASELINE, fonts.regular(), 7, right);
    canvas.line(MARGIN, HEADER_RULE, PAGE_WIDTH - MARGIN, HEADER_RULE, 0.5f);
  }

  private static String displayName(Product product, boolean korean) {
    if (korean && !product.nameKo().isBlank()) {
      return product.nameKo();
    }
    return product.nameEn() == null || product.nameEn().isBlank()
        ? product.nameKo()
        : product.nameEn();
  }

  /** {@code A}..{@code Z}, then {@code AA}, {@code AB}, ... for more than 26 sections. */
  static String sectionLetter(int n) {
    StringBuilder letters = new StringBuilder();
    int rest = n;
    do {
      letters.insert(0, (char) ('A' + rest % 26));
      rest = rest / 26 - 1;
    } while (rest >= 0);
    return letters.toString();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
