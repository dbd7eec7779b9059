package kr.catalog.sample.media;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import java.util.Optional;
import java.util.TreeMap;
import kr.catalog.ingest.book.BookDigitizer;
import kr.catalog.model.Product;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.jboss.logging.Logger;

/**
 * Writes the printed catalog book as a PDF laid out like an industrial catalog: a cover and
 * contents (front matter labelled {@code i, ii, ...}), then one section per top category, lettered
 * {@code A, B, ...}, whose pages are labelled {@code, ...}; inside a section, a heading
 * band per leaf category and, under it, one block per product family: the family's picture (or a
 * neutral drawn frame while the catalog has none), its name and maker, and a spec table of its
 * variants (code, specifications, list price). Every page has running heads (book title; section
 * and leaf category) and its printed label at the outer corner. At the back, a maker index ({@code
 * IDX-1, ...}): makers by their Korean name in 가나다 order under ㄱ to ㅎ, then by their Latin name
 * under A to Z, each with the labels of the pages that print it. The printed labels are also set as
 * the PDF's page labels, so viewers show {@code A-12} where the page index is 37.
 *
 * <p><b>Hotspots.</b> Codes are printed as text (the digitiser finds them there); each picture slot
 * also carries a link annotation to {@code catalog:product/<code>} of the family's first printed
 * variant, which the digitiser turns into a hotspot over the picture ({@link #PRODUCT_LINK}).
 *
 * <p><b>Which products are printed.</b> A printed catalog is a selection: all 133,323 items would
 * be thousands of pages. The book is capped at {@link Options#maxPages()} (several hundred by
 * default) by printing every k-th family of each leaf category, ordered by its first code, with the
 * smallest k that fits; every leaf category keeps at least its first family, a family prints at
 * most {@value #MAX_VARIANT_ROWS} variants (the rest are counted under its table), and the cover
 * says how many of how many items are listed. Discontinued products are not printed. The choice is
 * deterministic: the same products give the same book, byte for byte.
 *
 * <p>Korean is printed with the bundled Korean font ({@link MediaFonts}); without one (after a
 * warning) English names (or the code) in Helvetica, and the book still comes out.
 */
public final class CatalogBookWriter {
  /** URI scheme of the links over pictures: {@code catalog:product/} and the URL-encoded code. */
  public static final String PRODUCT_LINK = BookDigitizer.PRODUCT_LINK;

  /** Variants printed in one family's table at most. */
  static final int MAX_VARIANT_ROWS = 12;

  /** Prefix of the maker index's page labels ({@code IDX-1}). */
  static final String INDEX_PREFIX = "IDX-";

  private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
  private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
  private static final float MARGIN = 36f;
  private static final float HEADER_BASELINE = 26f;
  private static final float HEADER_RULE = 32f;
  private static final float SECTION_TITLE_BASELINE = 62f;
  private static final float FIRST_BODY_TOP = 80f;
  private static final float BODY_TOP = 44f;
  private static final float BODY_BOTTOM = PAGE_HEIGHT - 44f;
  private static final float FOOTER_RULE = PAGE_HEIGHT - 36f;
  private static final float FOOTER_BASELINE = PAGE_HEIGHT - 22f;

  private static final float LEAF_HEADING_HEIGHT = 22f;
  private static final float PICTURE_WIDTH = 112f;
  private static final float PICTURE_HEIGHT = 84f;
  private static final float FAMILY_TITLE_HEIGHT = 26f;
  private static final float FAMILY_GAP = 12f;
  private static final float TABLE_X = MARGIN + PICTURE_WIDTH + 12f;
  private static final float SPEC_X = TABLE_X + 112f;
  private static final float PRICE_RIGHT = PAGE_WIDTH - MARGIN;
  private static final float SPEC_WIDTH = PRICE_RIGHT - 72f - SPEC_X;

  private static final float INDEX_LINE = 13f;
  private static final float INDEX_COLUMN_GAP = 24f;

  private static final Logger LOG = Logger.getLogger(CatalogBookWriter.class);

  private final Options options;
  private final PdfFonts.Source fontSource;
  private final FamilyPictures pictures;

  /** A writer for books laid out with {@code options}, every picture slot a drawn frame. */
  public CatalogBookWriter(Options options) {
    this(options, PdfFonts::load, FamilyPictures.NONE);
  }

  /** A writer printing each family's picture that {@code pictures} finds. */
  public CatalogBookWriter(Options options, FamilyPictures pictures) {
    this(options, PdfFonts::load, pictures);
  }

  CatalogBookWriter(Options options, PdfFonts.Source fontSource) {
    this(options, fontSource, FamilyPictures.NONE);
  }

  CatalogBookWriter(Options options, PdfFonts.Source fontSource, FamilyPictures pictures) {
    this.options = Objects.requireNonNull(options, "options");
    this.fontSource = Objects.requireNonNull(fontSource, "fontSource");
    this.pictures = Objects.requireNonNull(pictures, "pictures");
  }

  /**
   * Where the book finds a family's picture: the one seam between the book and the catalog's
   * product pictures. A family without one (empty, or a file that is not a readable JPEG or PNG)
   * gets a neutral drawn frame of the same size, so pages lay out the same either way.
   */
  @FunctionalInterface
  public interface FamilyPictures {
    /** No pictures: every slot is a drawn frame. */
    FamilyPictures NONE = (family, variants) -> Optional.empty();

    /**
     * The picture of a family.
     *
     * @param family the family key ({@link Product#family()})
     * @param variants its products, by code
     * @return a JPEG or PNG file, or empty for the drawn frame
     */
    Optional<Path> pictureOf(String family, List<Product> variants);
  }

  /**
   * How the book looks.
   *
   * @param title printed on the cover and in every page header
   * @param edition printed on the cover ({@code 2026})
   * @param maxPages the book has at most this many pages, front matter and index included
   * @param fontSize point size of spec table rows (6 to 14); rows are 1.55 times as high
   * @param publishedOn the date in the PDF's metadata
   */
  public record Options(
      String title, String edition, int maxPages, float fontSize, LocalDate publishedOn) {
    /** Several hundred pages at 8 pt. */
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
   * @param label the printed label ({@code iii}, {@code B-4}, {@code IDX-1})
   * @param sectionId the top category id of the section, or {@code null} on front matter and index
   * @param codeKeys code keys of the products printed in the page's spec tables, in print order
   * @param pictureCodeKeys code keys the page's picture links point to, in print order
   */
  public record PrintedPage(
      int index,
      String label,
      String sectionId,
      List<String> codeKeys,
      List<String> pictureCodeKeys) {
    public PrintedPage {
      codeKeys = List.copyOf(codeKeys);
      pictureCodeKeys = List.copyOf(pictureCodeKeys);
    }

    PrintedPage(int index, String label) {
      this(index, label, null, List.of(), List.of());
    }
  }

  /**
   * The book that was written.
   *
   * @param path the PDF
   * @param pages every page, front matter and index included
   * @param productsGiven products passed in
   * @param productsPrinted products listed in the book
   * @param stride every {@code stride}-th family of each leaf category was printed
   */
  public record PrintedBook(
      Path path, List<PrintedPage> pages, int productsGiven, int productsPrinted, int stride) {
    public PrintedBook {
      pages = List.copyOf(pages);
    }
  }

  /** A family as printed: its first variants by code, and how many it has in all. */
  private record Family(String key, List<Product> printed, int total) {}

  private sealed interface Block permits Heading, FamilyBlock {}

  private record Heading(String categoryId) implements Block {}

  private record FamilyBlock(Family family) implements Block {}

  /** A page's blocks and the leaf category its running head names. */
  private record Page(String leafId, List<Block> blocks) {}

  private record Section(String topId, String letter, List<Page> pages) {}

  /** One line of the maker index: a group heading ({@code ㄱ}, {@code A}) or a maker. */
  private record IndexLine(String heading, String name, String pages) {}

  private record Layout(
      List<Section> sections, int frontPages, int indexPages, int printed, int stride) {
    int totalPages() {
      return frontPages + sections.stream().mapToInt(s -> s.pages().size()).sum() + indexPages;
    }
  }

  /**
   * Writes the book.
   *
   * @param products the catalog's products; the leaf category's id up to its first dot is the top
   *     category ({@code 03.12} is in section {@code 03})
   * @param makerNames display name per maker id ({@code 보쉬 Bosch}: its Hangul words file it under
   *     가나다 in the index, its Latin words under ABC); the id when absent
   * @param categoryNames display name per category id, top and leaf; the id when absent
   * @param out the PDF to write (replaced atomically)
   * @throws IllegalArgumentException when there are so many categories that even one family per
   *     leaf category does not fit in {@link Options#maxPages()}
   */
  public PrintedBook write(
      List<Product> products,
      Map<String, String> makerNames,
      Map<String, String> categoryNames,
      Path out)
      throws IOException {
    TreeMap<String, TreeMap<String, List<List<Product>>>> byTopAndLeaf = group(products);
    Layout layout = fit(byTopAndLeaf, products.size(), makerNames);
    List<PrintedPage> printedPages = new ArrayList<>();
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".book-", ".tmp");
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = fontSource.load(document);
      writeCover(document, fonts, layout, products.size());
      printedPages.add(new PrintedPage(1, "i"));
      List<String[]> contents = contentsEntries(layout, categoryNames, fonts.korean());
      int perContentsPage = contentsRowsPerPage();
      for (int p = 0; p < layout.frontPages() - 1; p++) {
        int from = p * perContentsPage;
        List<String[]> chunk =
            contents.subList(
                Math.min(from, contents.size()), Math.min(from + perContentsPage, contents.size()));
        String label = PdfDocuments.roman(p + 2);
        writeContentsPage(document, fonts, chunk, label, p == 0);
        printedPages.add(new PrintedPage(p + 2, label));
      }
      PDPageLabels labels = new PDPageLabels(document);
      PDPageLabelRange front = new PDPageLabelRange();
      front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
      front.setStart(1);
      labels.setLabelItem(0, front);
      int index = layout.frontPages();
      for (Section section : layout.sections()) {
        labels.setLabelItem(index, decimalRange(section.letter() + "-"));
        String sectionName = categoryNames.getOrDefault(section.topId(), section.topId());
        for (int p = 0; p < section.pages().size(); p++) {
          String label = section.letter() + "-" + (p + 1);
          index++;
          printedPages.add(
              writeSectionPage(
                  document,
                  fonts,
                  section,
                  sectionName,
                  p,
                  label,
                  index,
                  makerNames,
                  categoryNames));
        }
      }
      List<IndexLine> indexLines = indexLines(layout, makerNames, fonts.korean());
      labels.setLabelItem(index, decimalRange(INDEX_PREFIX));
      int perIndexPage = 2 * indexLinesPerColumn();
      for (int p = 0; p < layout.indexPages(); p++) {
        List<IndexLine> chunk =
            indexLines.subList(
                Math.min(p * perIndexPage, indexLines.size()),
                Math.min((p + 1) * perIndexPage, indexLines.size()));
        String label = INDEX_PREFIX + (p + 1);
        index++;
        writeIndexPage(document, fonts, chunk, label, index, p == 0);
        printedPages.add(new PrintedPage(index, label));
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

  private static PDPageLabelRange decimalRange(String prefix) {
    PDPageLabelRange range = new PDPageLabelRange();
    range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
    range.setPrefix(prefix);
    range.setStart(1);
    return range;
  }

  /** Top category, then leaf category, then its families ordered by their first code key. */
  private static TreeMap<String, TreeMap<String, List<List<Product>>>> group(
      List<Product> products) {
    TreeMap<String, TreeMap<String, TreeMap<String, List<Product>>>> groups = new TreeMap<>();
    for (Product product : products) {
      if (product.discontinued()) {
        continue;
      }
      String leaf = product.categoryId();
      int dot = leaf.indexOf('.');
      String top = dot < 0 ? leaf : leaf.substring(0, dot);
      String family =
          product.family() == null || product.family().isBlank()
              ? product.codeKey()
              : product.family();
      groups
          .computeIfAbsent(top, t -> new TreeMap<>())
          .computeIfAbsent(leaf, l -> new TreeMap<>())
          .computeIfAbsent(family, f -> new ArrayList<>())
          .add(product);
    }
    Comparator<Product> byCode = Comparator.comparing(Product::codeKey);
    TreeMap<String, TreeMap<String, List<List<Product>>>> result = new TreeMap<>();
    groups.forEach(
        (top, leaves) ->
            leaves.forEach(
                (leaf, families) -> {
                  List<List<Product>> list = new ArrayList<>();
                  families.values().forEach(variants -> variants.sort(byCode));
                  list.addAll(families.values());
                  list.sort(Comparator.comparing(variants -> variants.getFirst().codeKey()));
                  result.computeIfAbsent(top, t -> new TreeMap<>()).put(leaf, list);
                }));
    return result;
  }

  /** The smallest stride whose layout fits in the page cap. */
  private Layout fit(
      TreeMap<String, TreeMap<String, List<List<Product>>>> groups,
      int given,
      Map<String, String> makerNames) {
    int families =
        groups.values().stream().flatMap(l -> l.values().stream()).mapToInt(List::size).sum();
    int largestLeaf =
        groups.values().stream()
            .flatMap(l -> l.values().stream())
            .mapToInt(List::size)
            .max()
            .orElse(1);
    // About four family blocks a page.
    long roughCapacity = (long) options.maxPages() * 4;
    int stride = (int) Math.max(1, families / Math.max(1, roughCapacity));
    while (true) {
      Layout layout = layout(groups, stride, makerNames);
      if (layout.totalPages() <= options.maxPages()) {
        return layout;
      }
      if (stride > largestLeaf) {
        throw new IllegalArgumentException(
            "even one family per leaf category needs "
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

  private Layout layout(
      TreeMap<String, TreeMap<String, List<List<Product>>>> groups,
      int stride,
      Map<String, String> makerNames) {
    List<Section> sections = new ArrayList<>();
    int printed = 0;
    int contentsEntries = 1;
    int sectionNumber = 0;
    for (var top : groups.entrySet()) {
      List<Block> blocks = new ArrayList<>();
      for (var leaf : top.getValue().entrySet()) {
        blocks.add(new Heading(leaf.getKey()));
        List<List<Product>> families = leaf.getValue();
        for (int i = 0; i < families.size(); i += stride) {
          List<Product> variants = families.get(i);
          List<Product> shown = variants.subList(0, Math.min(MAX_VARIANT_ROWS, variants.size()));
          String key =
              variants.getFirst().family() == null
                  ? variants.getFirst().codeKey()
                  : variants.getFirst().family();
          blocks.add(new FamilyBlock(new Family(key, List.copyOf(shown), variants.size())));
          printed += shown.size();
        }
        contentsEntries++;
      }
      contentsEntries++;
      sections.add(new Section(top.getKey(), sectionLetter(sectionNumber++), paginate(blocks)));
    }
    int contentsPages = Math.max(1, ceilDiv(contentsEntries, contentsRowsPerPage()));
    Layout draft = new Layout(sections, 1 + contentsPages, 0, printed, stride);
    int indexLines = indexLines(draft, makerNames, true).size();
    int indexPages = Math.max(1, ceilDiv(indexLines, 2 * indexLinesPerColumn()));
    return new Layout(sections, 1 + contentsPages, indexPages, printed, stride);
  }

  /**
   * Fills pages with blocks, top to bottom; a block is never split, and a leaf heading never ends a
   * page (it moves to the next one with its first family).
   */
  private List<Page> paginate(List<Block> blocks) {
    List<Page> pages = new ArrayList<>();
    List<Block> page = new ArrayList<>();
    float top = FIRST_BODY_TOP;
    String leaf = null;
    String pageLeaf = null;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      float height = height(block);
      if (block instanceof Heading heading && b + 1 < blocks.size()) {
        // Keep the heading with the family after it.
        height += height(blocks.get(b + 1));
        leaf = heading.categoryId();
      }
      if (!page.isEmpty() && top + height > BODY_BOTTOM) {
        pages.add(new Page(pageLeaf, page));
        page = new ArrayList<>();
        top = BODY_TOP;
        pageLeaf = null;
      }
      if (pageLeaf == null) {
        pageLeaf = leaf;
      }
      page.add(block);
      top += height(block);
    }
    if (!page.isEmpty()) {
      pages.add(new Page(pageLeaf, page));
    }
    return pages;
  }

  private float rowHeight() {
    return options.fontSize() * 1.55f;
  }

  private float height(Block block) {
    if (block instanceof FamilyBlock family) {
      return familyHeight(family.family());
    }
    return LEAF_HEADING_HEIGHT;
  }

  private float familyHeight(Family family) {
    int rows = 1 + family.printed().size() + (family.total() > family.printed().size() ? 1 : 0);
    return Math.max(PICTURE_HEIGHT, FAMILY_TITLE_HEIGHT + rows * rowHeight()) + FAMILY_GAP;
  }

  private static int contentsRowsPerPage() {
    return (int) Math.floor((BODY_BOTTOM - 100f) / 14f) + 1;
  }

  private static int indexLinesPerColumn() {
    return (int) Math.floor((BODY_BOTTOM - FIRST_BODY_TOP) / INDEX_LINE);
  }

  private void writeCover(PDDocument document, PdfFonts fonts, Layout layout, int given)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PdfCanvas canvas = new PdfCanvas(document, page, fonts)) {
      float center = PAGE_WIDTH / 2;
      canvas.fill(0, 250, PAGE_WIDTH, 140, 0.15f);
      canvas.fill(0, 390, PAGE_WIDTH, 6, 0.55f);
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

  private List<String[]> contentsEntries(
      Layout layout, Map<String, String> categoryNames, boolean korean) {
    List<String[]> entries = new ArrayList<>();
    for (Section section : layout.sections()) {
      entries.add(
          new String[] {
            "S",
            section.letter() + "   " + categoryNames.getOrDefault(section.topId(), section.topId()),
            section.letter() + "-1"
          });
      for (int p = 0; p < section.pages().size(); p++) {
        for (Block block : section.pages().get(p).blocks()) {
          if (block instanceof Heading heading) {
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
    entries.add(
        new String[] {"S", korean ? "제조사 색인  Maker index" : "Maker index", INDEX_PREFIX + "1"});
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
            SECTION_TITLE_BASELINE + 8,
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

  private PrintedPage writeSectionPage(
      PDDocument document,
      PdfFonts fonts,
      Section section,
      String sectionName,
      int pageInSection,
      String label,
      int index,
      Map<String, String> makerNames,
      Map<String, String> categoryNames)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    List<String> codeKeys = new ArrayList<>();
    List<String> pictureKeys = new ArrayList<>();
    Page content = section.pages().get(pageInSection);
    try (PdfCanvas canvas = new PdfCanvas(document, page, fonts)) {
      String leafName =
          content.leafId() == null ? "" : categoryNames.getOrDefault(content.leafId(), "");
      header(canvas, fonts, section.letter() + "  " + sectionName + "  ›  " + leafName);
      float top = BODY_TOP;
      if (pageInSection == 0) {
        canvas.fill(MARGIN, SECTION_TITLE_BASELINE - 20, 28, 28, 0.15f);
        canvas.textCentered(
            MARGIN + 14, SECTION_TITLE_BASELINE, fonts.bold(), 16, section.letter(), 1f);
        canvas.text(MARGIN + 38, SECTION_TITLE_BASELINE, fonts.bold(), 18, sectionName);
        top = FIRST_BODY_TOP;
      }
      for (Block block : content.blocks()) {
        if (block instanceof Heading heading) {
          canvas.fill(MARGIN, top + 2, PAGE_WIDTH - 2 * MARGIN, 16, 0.25f);
          canvas.text(
              MARGIN + 6,
              top + 14,
              fonts.bold(),
              10,
              heading.categoryId() + "  " + categoryNames.getOrDefault(heading.categoryId(), ""),
              1f);
        } else if (block instanceof FamilyBlock family) {
          writeFamily(document, page, canvas, fonts, family.family(), top, makerNames);
          family.family().printed().forEach(p -> codeKeys.add(p.codeKey()));
          pictureKeys.add(family.family().printed().getFirst().codeKey());
        }
        top += height(block);
      }
      footer(canvas, fonts, label, index);
    }
    return new PrintedPage(index, label, section.topId(), codeKeys, pictureKeys);
  }

  /** One family: picture slot at the left, title and maker, then its spec table. */
  private void writeFamily(
      PDDocument document,
      PDPage page,
      PdfCanvas canvas,
      PdfFonts fonts,
      Family family,
      float top,
      Map<String, String> makerNames)
      throws IOException {
    boolean korean = fonts.korean();
    Product first = family.printed().getFirst();
    float pictureTop = top + 4;
    Optional<PDImageXObject> picture = picture(document, family);
    if (picture.isPresent()) {
      canvas.fill(MARGIN, pictureTop, PICTURE_WIDTH, PICTURE_HEIGHT - 4, 1f);
      canvas.image(
          picture.get(), MARGIN + 2, pictureTop + 2, PICTURE_WIDTH - 4, PICTURE_HEIGHT - 8);
    } else {
      drawFrame(canvas, pictureTop);
    }
    canvas.rect(MARGIN, pictureTop, PICTURE_WIDTH, PICTURE_HEIGHT - 4, 0.5f, 0.6f);
    linkPicture(page, first, pictureTop);

    String maker = makerNames.getOrDefault(first.makerId(), first.makerId());
    float tableWidth = PRICE_RIGHT - TABLE_X;
    float makerWidth = canvas.width(fonts.bold(), 8, maker);
    canvas.text(
        TABLE_X,
        top + 14,
        fonts.bold(),
        11,
        canvas.fit(fonts.bold(), 11, familyName(first, korean), tableWidth - makerWidth - 12));
    canvas.textRight(PRICE_RIGHT, top + 14, fonts.bold(), 8, maker);
    String detail = detailLine(first, korean);
    canvas.text(TABLE_X, top + 24, fonts.regular(), 7, canvas.fit(fonts.regular(), 7, detail, 300));

    float size = options.fontSize();
    float rowHeight = rowHeight();
    float y = top + FAMILY_TITLE_HEIGHT + rowHeight - 2;
    canvas.fill(TABLE_X, y - size - 1, tableWidth, rowHeight, 0.88f);
    canvas.text(TABLE_X + 2, y, fonts.bold(), size, korean ? "코드 Code" : "Code");
    canvas.text(SPEC_X, y, fonts.bold(), size, korean ? "규격 Specifications" : "Specifications");
    canvas.textRight(PRICE_RIGHT - 2, y, fonts.bold(), size, korean ? "가격(원)" : "Price KRW");
    List<String> varying = varyingSpecKeys(family.printed());
    int shade = 0;
    for (Product p : family.printed()) {
      y += rowHeight;
      if (shade++ % 2 == 1) {
        canvas.fill(TABLE_X, y - size - 1, tableWidth, rowHeight, 0.95f);
      }
      // A code is never cut: it is what counsellors type and what the e-book links. A long one is
      // printed smaller instead.
      float codeWidth = canvas.width(fonts.bold(), size, p.code());
      float codeSize = Math.min(size, size * (SPEC_X - TABLE_X - 8) / Math.max(codeWidth, 1f));
      canvas.text(TABLE_X + 2, y, fonts.bold(), codeSize, p.code());
      canvas.text(
          SPEC_X,
          y,
          fonts.regular(),
          size,
          canvas.fit(fonts.regular(), size, specLine(p, varying, korean), SPEC_WIDTH));
      canvas.textRight(
          PRICE_RIGHT - 2,
          y,
          fonts.regular(),
          size,
          String.format(Locale.ROOT, "%,d", p.listPrice()));
    }
    canvas.line(TABLE_X, y + 3, PRICE_RIGHT, y + 3, 0.4f, 0.5f);
    int more = family.total() - family.printed().size();
    if (more > 0) {
      y += rowHeight;
      canvas.text(
          SPEC_X,
          y,
          fonts.regular(),
          size - 1,
          korean
              ? "외 " + more + "종: 온라인 카탈로그 참조  (" + more + " more online)"
              : more + " more variants in the online catalog");
    }
  }

  /**
   * The family's picture from {@link #pictures}, embedded once per document and family; empty
   * (drawn frame) when there is none or it cannot be read.
   */
  private Optional<PDImageXObject> picture(PDDocument document, Family family) {
    Optional<Path> file = pictures.pictureOf(family.key(), family.printed());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PDImageXObject.createFromFileByContent(file.get().toFile(), document));
    } catch (IOException | IllegalArgumentException e) {
      LOG.warnf(
          "family %s: picture %s unreadable (%s); printing the drawn frame",
          family.key(), file.get(), e.getMessage());
      return Optional.empty();
    }
  }

  /** The slot of a family without a picture: a neutral drawn frame, not a placeholder letter. */
  private static void drawFrame(PdfCanvas canvas, float top) throws IOException {
    float h = PICTURE_HEIGHT - 4;
    canvas.fill(MARGIN, top, PICTURE_WIDTH, h, 0.96f);
    float cx = MARGIN + PICTURE_WIDTH / 2;
    float cy = top + h / 2;
    // A stylised product on a plinth: a body, a round head and a shadow line, all in light grey.
    canvas.fill(cx - 26, cy - 6, 52, 22, 0.86f);
    canvas.disc(cx, cy - 14, 13, 0.8f);
    canvas.line(cx - 38, cy + 24, cx + 38, cy + 24, 1.2f, 0.78f);
  }

  /** A link over the picture slot to the family's first variant: a hotspot in the e-book. */
  private static void linkPicture(PDPage page, Product product, float top) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    PDRectangle rect = new PDRectangle();
    rect.setLowerLeftX(MARGIN);
    rect.setUpperRightX(MARGIN + PICTURE_WIDTH);
    rect.setUpperRightY(PAGE_HEIGHT - top);
    rect.setLowerLeftY(PAGE_HEIGHT - top - (PICTURE_HEIGHT - 4));
    link.setRectangle(rect);
    PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
    noBorder.setWidth(0);
    link.setBorderStyle(noBorder);
    PDActionURI action = new PDActionURI();
    action.setURI(PRODUCT_LINK + URLEncoder.encode(product.code(), StandardCharsets.UTF_8));
    link.setAction(action);
    page.getAnnotations().add(link);
  }

  private static String familyName(Product product, boolean korean) {
    String name = displayName(product, korean);
    if (korean && product.nameEn() != null && !product.nameEn().isBlank()) {
      return name + "  " + product.nameEn();
    }
    return name;
  }

  private static String detailLine(Product product, boolean korean) {
    List<String> parts = new ArrayList<>();
    if (product.brand() != null && !product.brand().isBlank()) {
      parts.add((korean ? "브랜드 " : "Brand ") + product.brand());
    }
    if (product.origin() != null && !product.origin().isBlank()) {
      parts.add((korean ? "원산지 " : "Origin ") + product.origin());
    }
    if (product.newProduct()) {
      parts.add(korean ? "신제품 NEW" : "NEW");
    }
    return String.join("  ·  ", parts);
  }

  /** Spec keys whose values differ between the variants: what tells them apart comes first. */
  private static List<String> varyingSpecKeys(List<Product> variants) {
    TreeMap<String, java.util.Set<String>> values = new TreeMap<>();
    for (Product p : variants) {
      p.specs().forEach((k, v) -> values.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(v));
    }
    List<String> varying = new ArrayList<>();
    List<String> same = new ArrayList<>();
    values.forEach((k, v) -> (v.size() > 1 || variants.size() == 1 ? varying : same).add(k));
    varying.addAll(same);
    return varying;
  }

  private static String specLine(Product product, List<String> keys, boolean korean) {
    List<String> parts = new ArrayList<>();
    for (String key : keys) {
      String value = product.specs().get(key);
      if (value != null && !value.isBlank()) {
        parts.add(key + " " + value);
      }
    }
    if (parts.isEmpty()) {
      return displayName(product, korean);
    }
    return String.join(" · ", parts);
  }

  /** Running head: the book at the left, section and leaf category at the right. */
  private void header(PdfCanvas canvas, PdfFonts fonts, String right) throws IOException {
    canvas.text(
        MARGIN, HEADER_BASELINE, fonts.regular(), 7, options.title() + " " + options.edition());
    canvas.textRight(
        PAGE_WIDTH - MARGIN,
        HEADER_BASELINE,
        fonts.bold(),
        8,
        canvas.fit(fonts.bold(), 8, right, PAGE_WIDTH / 2));
    canvas.line(MARGIN, HEADER_RULE, PAGE_WIDTH - MARGIN, HEADER_RULE, 0.8f);
  }

  /**
   * The printed label at the outer corner: right on odd pages, left on even ones. Nothing else is
   * printed on the footer's line, so a digitiser without the PDF's page labels reads it alone.
   */
  private static void footer(PdfCanvas canvas, PdfFonts fonts, String label, int index)
      throws IOException {
    canvas.line(MARGIN, FOOTER_RULE, PAGE_WIDTH - MARGIN, FOOTER_RULE, 0.4f, 0.5f);
    if (index % 2 == 1) {
      canvas.textRight(PAGE_WIDTH - MARGIN, FOOTER_BASELINE, fonts.bold(), 10, label);
    } else {
      canvas.text(MARGIN, FOOTER_BASELINE, fonts.bold(), 10, label);
    }
  }

  /**
   * The maker index: makers with a Hangul name in 가나다 order under their initial consonant, then
   * makers with a Latin name in ABC order under their initial, each with the labels of its pages.
   */
  private static List<IndexLine> indexLines(
      Layout layout, Map<String, String> makerNames, boolean korean) {
    Map<String, java.util.LinkedHashSet<String>> pagesByMaker = new TreeMap<>();
    for (Section section : layout.sections()) {
      for (int p = 0; p < section.pages().size(); p++) {
        String label = section.letter() + "-" + (p + 1);
        for (Block block : section.pages().get(p).blocks()) {
          if (block instanceof FamilyBlock family) {
            for (Product product : family.family().printed()) {
              pagesByMaker
                  .computeIfAbsent(product.makerId(), m -> new java.util.LinkedHashSet<>())
                  .add(label);
            }
          }
        }
      }
    }
    record Entry(String sortKey, String initial, String name, String pages) {}
    List<Entry> hangul = new ArrayList<>();
    List<Entry> latin = new ArrayList<>();
    pagesByMaker.forEach(
        (makerId, labels) -> {
          String name = makerNames.getOrDefault(makerId, makerId);
          String pages = String.join(", ", labels);
          MakerIndex.Parts parts = MakerIndex.split(name);
          if (korean && !parts.hangul().isEmpty()) {
            hangul.add(
                new Entry(
                    parts.hangul(),
                    MakerIndex.initialConsonant(parts.hangul()),
                    parts.hangul() + (parts.latin().isEmpty() ? "" : " " + parts.latin()),
                    pages));
          }
          if (!parts.latin().isEmpty() || parts.hangul().isEmpty()) {
            String latinName = parts.latin().isEmpty() ? name : parts.latin();
            latin.add(
                new Entry(
                    latinName.toUpperCase(Locale.ROOT),
                    MakerIndex.latinInitial(latinName),
                    latinName + (parts.hangul().isEmpty() || !korean ? "" : " " + parts.hangul()),
                    pages));
          }
        });
    Comparator<Entry> order = Comparator.comparing(Entry::sortKey).thenComparing(Entry::name);
    hangul.sort(order);
    latin.sort(order);
    List<IndexLine> lines = new ArrayList<>();
    for (List<Entry> part : List.of(hangul, latin)) {
      String current = null;
      for (Entry entry : part) {
        if (!entry.initial().equals(current)) {
          current = entry.initial();
          lines.add(new IndexLine(current, null, null));
        }
        lines.add(new IndexLine(null, entry.name(), entry.pages()));
      }
    }
    return lines;
  }

  private void writeIndexPage(
      PDDocument document,
      PdfFonts fonts,
      List<IndexLine> lines,
      String label,
      int index,
      boolean first)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    boolean korean = fonts.korean();
    try (PdfCanvas canvas = new PdfCanvas(document, page, fonts)) {
      header(canvas, fonts, korean ? "제조사 색인  Maker index" : "Maker index");
      if (first) {
        canvas.text(
            MARGIN,
            SECTION_TITLE_BASELINE,
            fonts.bold(),
            18,
            korean ? "제조사 색인 (가나다 · ABC)  Maker index" : "Maker index (A-Z)");
      }
      float columnWidth = (PAGE_WIDTH - 2 * MARGIN - INDEX_COLUMN_GAP) / 2;
      int perColumn = indexLinesPerColumn();
      for (int i = 0; i < lines.size(); i++) {
        int column = i / perColumn;
        float x = MARGIN + column * (columnWidth + INDEX_COLUMN_GAP);
        float y = FIRST_BODY_TOP + (i % perColumn) * INDEX_LINE + 10;
        IndexLine line = lines.get(i);
        if (line.heading() != null) {
          canvas.fill(x, y - 10, columnWidth, INDEX_LINE - 1, 0.85f);
          canvas.text(x + 4, y, fonts.bold(), 9, line.heading());
        } else {
          float pagesWidth =
              Math.min(canvas.width(fonts.regular(), 8, line.pages()), columnWidth * 0.45f);
          canvas.text(
              x + 4,
              y,
              fonts.regular(),
              8,
              canvas.fit(fonts.regular(), 8, line.name(), columnWidth - pagesWidth - 12));
          canvas.textRight(
              x + columnWidth,
              y,
              fonts.regular(),
              8,
              canvas.fit(fonts.regular(), 8, line.pages(), columnWidth * 0.45f));
        }
      }
      footer(canvas, fonts, label, index);
    }
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
