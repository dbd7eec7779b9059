package kr.catalog.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import kr.catalog.ingest.feed.FeedField;
import kr.catalog.ingest.feed.MasterFiles;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Category;
import kr.catalog.model.Identifier;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.model.Text;
import kr.catalog.sample.GeneratedFeeds.ExpectedReject;

/**
 * Writes supplier feeds that look like the company's real ones, deterministically (fixed seed),
 * with the mess real feeds have, and says exactly what a correct ingest must make of them.
 *
 * <p>Files: {@code makers.csv} and {@code categories.csv} (masters), {@code
 * supplier-a-products.csv} (Korean headers, {@code ₩1,234,000} prices with a per-row VAT flag, kg/g
 * and mm/cm), {@code supplier-b-products.xlsx} (other Korean headers, VAT-included numeric prices,
 * grams and inches in the headers, category ids, O/X flags, date cells, an unknown column) and
 * {@code supplier-c-products.json} (English keys, {@code 1.234.000원} prices, inches with {@code "},
 * specs objects, booleans).
 *
 * <p>Exactness: every canonical product is written once in a valid (if messy) form, its primary
 * row. On top of that the generator writes duplicate rows that must lose (an older {@code 수정일}, or
 * the same row repeated later in the same file) and broken rows that must be rejected (one broken
 * field each, or a malformed row). So the canonical counts after ingest are exactly {@link
 * Size#makers()} makers (each has at least one product), 9 top categories (each has products) and
 * {@link Size#products()} products, and the rejects are exactly {@link GeneratedFeeds#rejects()}.
 */
public final class CatalogGenerator {
  /** The seed: the same seed and size always give the same bytes. */
  public static final long SEED = 20_261_123L;

  /** Bumped when the output changes, so a stored sample is regenerated. */
  public static final String VERSION = "3";

  /** File names of what the generator writes. */
  public static final String MAKERS_FILE = "makers.csv";

  public static final String CATEGORIES_FILE = "categories.csv";
  public static final String FILE_A = "supplier-a-products.csv";
  public static final String FILE_B = "supplier-b-products.xlsx";
  public static final String FILE_C = "supplier-c-products.json";

  /** Catalog sizes. */
  public enum Size {
    /** The bundled quick-start sample: 600 products of 36 makers. */
    SAMPLE(600, 36),
    /** The printed catalog's size. */
    FULL(133_323, 1_118);

    private final int products;
    private final int makers;

    Size(int products, int makers) {
      this.products = products;
      this.makers = makers;
    }

    /** Products after ingest. */
    public int products() {
      return products;
    }

    /** Makers after ingest. */
    public int makers() {
      return makers;
    }
  }

  private static final DateTimeFormatter A_DATE =
      DateTimeFormatter.ofPattern("uuuu.MM.dd", Locale.ROOT);
  private static final DateTimeFormatter A_UPDATED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  private static final String PB_BRAND = "KCAT Pro";

  private final Size size;
  private final long seed;
  private final Random rnd;
  private MediaWriter media = MediaWriter.NONE;

  /** A generator of the given size with the fixed {@link #SEED}. */
  public CatalogGenerator(Size size) {
    this(size, SEED);
  }

  /** A generator with another seed (tests of determinism). */
  public CatalogGenerator(Size size, long seed) {
    this.size = size;
    this.seed = seed;
    this.rnd = new Random(seed);
  }

  /** Internal description of a maker. */
  private record GenMaker(
      Maker maker,
      String country,
      List<Integer> tops,
      List<String> spellings,
      String prefix,
      int style) {}

  /** A product with what its rows need beyond the canonical record. */
  private record GenProduct(
      Product product, int top, LocalDateTime updated, long grams, int mm, String specName) {}

  /** One row to write; values typed for its file's shape. */
  static final class Row {
    final Map<FeedField, Object> values = new EnumMap<>(FeedField.class);
    final Map<String, String> specs = new LinkedHashMap<>();
    boolean extraColumn;
    String notAnObject;
    RejectReason reason;
    String field;
  }

  /**
   * Uses {@code writer} for manuals, drawings and the book (default {@link MediaWriter#NONE}). Only
   * products' primary rows name their files, so duplicates and broken rows attach none.
   */
  public CatalogGenerator withMedia(MediaWriter writer) {
    this.media = writer;
    return this;
  }

  /** Name of the book the generator asks the media writer for, inside {@code book/}. */
  public static final String BOOK_FILE = "book/catalog-book.pdf";

  /**
   * Writes the feeds into {@code dir} (created if needed; files of the same names are replaced).
   */
  public GeneratedFeeds generate(Path dir, Progress progress) throws IOException {
    Files.createDirectories(dir);
    List<Category> categories = categories();
    List<GenMaker> makers = makers();
    List<GenProduct> products = products(makers, categories, progress);

    Map<String, List<Row>> files = new LinkedHashMap<>();
    files.put(FILE_A, new ArrayList<>());
    files.put(FILE_B, new ArrayList<>());
    files.put(FILE_C, new ArrayList<>());
    List<String> names = List.copyOf(files.keySet());
    Map<String, GenMaker> makerById = new HashMap<>();
    makers.forEach(m -> makerById.put(m.maker().id(), m));
    Map<String, Category> catById = new HashMap<>();
    categories.forEach(c -> catById.put(c.id(), c));

    MediaWriter.Attachments attachments =
        media.attachments(
            products.stream()
                .map(GenProduct::product)
                .sorted(Comparator.comparing(Product::codeKey))
                .toList(),
            makers.stream().map(GenMaker::maker).toList(),
            dir,
            progress);
    Map<String, MediaWriter.Video> videos =
        media.videos(
            products.stream()
                .map(GenProduct::product)
                .sorted(Comparator.comparing(Product::codeKey))
                .toList(),
            dir);

    // Primary rows, and the display code each will give.
    List<Product> expected = new ArrayList<>(products.size());
    GeneratedIdentifiers identifiers =
        new GeneratedIdentifiers(seed, makers.stream().map(g -> g.maker().id()).toList());
    Map<Row, String> fileOf = new HashMap<>();
    Map<String, Row> primaryByKey = new HashMap<>();
    for (GenProduct gp : products) {
      int f = pickFile();
      String file = names.get(f);
      CodeForm codeForm = codeForm(gp.product().code());
      Row row =
          row(
              file,
              gp,
              makerById.get(gp.product().makerId()),
              catById,
              codeForm.written(),
              gp.updated(),
              gp.product().listPrice());
      List<String> manuals = attachments.manuals().getOrDefault(gp.product().codeKey(), List.of());
      List<String> drawings =
          attachments.drawings().getOrDefault(gp.product().codeKey(), List.of());
      if (!manuals.isEmpty()) {
        row.values.put(FeedField.MANUAL, String.join(" | ", manuals));
      }
      if (!drawings.isEmpty()) {
        row.values.put(FeedField.DRAWING, String.join(" | ", drawings));
      }
      List<String> images = attachments.images().getOrDefault(gp.product().codeKey(), List.of());
      if (!images.isEmpty()) {
        row.values.put(FeedField.IMAGE, String.join(" | ", images));
      }
      MediaWriter.Video video = videos.get(gp.product().codeKey());
      if (video != null) {
        row.values.put(FeedField.VIDEO_FILE, video.video());
        row.values.put(FeedField.CAPTIONS, video.captions());
      }
      files.get(file).add(row);
      fileOf.put(row, file);
      primaryByKey.put(gp.product().codeKey(), row);
      Product p = gp.product();
      List<Identifier> ids = identifiers.assign(p, file, row);
      expected.add(
          new Product(
              codeForm.display(),
              p.codeKey(),
              p.family(),
              p.nameKo(),
              p.nameEn(),
              p.makerId(),
              p.categoryId(),
              p.listPrice(),
              p.origin(),
              p.brand(),
              p.privateBrand(),
              p.newProduct(),
              p.discontinued(),
              p.specs(),
              p.videoUrls(),
              p.releasedOn(),
              ids));
    }

    // Duplicates: an older version of a product anywhere, or the same row repeated in its file.
    int duplicates = Math.max(9, size.products() * 3 / 100);
    Set<Integer> duplicated = new HashSet<>();
    for (int i = 0; i < duplicates; i++) {
      int idx;
      do {
        idx = rnd.nextInt(products.size());
      } while (!duplicated.add(idx));
      GenProduct gp = products.get(idx);
      GenMaker gm = makerById.get(gp.product().makerId());
      if (i % 3 == 0) {
        // The same row written twice in its file: the later line loses (first in file order).
        Row primary = primaryByKey.get(gp.product().codeKey());
        files.get(fileOf.get(primary)).add(primary);
        continue;
      }
      String file = names.get(pickFile());
      long stalePrice = Math.max(100, gp.product().listPrice() - 100L * (1 + rnd.nextInt(50)));
      Row dup =
          row(
              file,
              gp,
              gm,
              catById,
              codeForm(gp.product().code()).written(),
              gp.updated().minusDays(1 + rnd.nextInt(400)),
              stalePrice);
      dup.reason = RejectReason.DUPLICATE;
      dup.field = "code";
      files.get(file).add(dup);
    }

    // Broken rows: one broken field each (or a malformed row), in every file.
    int broken = Math.max(27, size.products() * 6 / 1000);
    for (int i = 0; i < broken; i++) {
      String file = names.get((i / 9) % 3);
      GenProduct gp = products.get(rnd.nextInt(products.size()));
      GenMaker gm = makerById.get(gp.product().makerId());
      Row row =
          row(file, gp, gm, catById, gp.product().code(), gp.updated(), gp.product().listPrice());
      breakRow(row, file, i % 9, gp);
      files.get(file).add(row);
    }

    // Shuffle each file, then number the rows and collect the expected rejects.
    List<ExpectedReject> rejects = new ArrayList<>();
    long rows = 0;
    for (Map.Entry<String, List<Row>> e : files.entrySet()) {
      List<Row> list = e.getValue();
      Collections.shuffle(list, rnd);
      Set<Row> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (int i = 0; i < list.size(); i++) {
        Row r = list.get(i);
        long line = i + 2L; // header on line 1, one row per line
        if (!seen.add(r)) {
          rejects.add(new ExpectedReject(e.getKey(), line, "code", RejectReason.DUPLICATE));
          if (r.reason == RejectReason.INVALID_BARCODE) {
            // A repeated row repeats its wrong barcode: reported on each line it is on.
            rejects.add(new ExpectedReject(e.getKey(), line, r.field, r.reason));
          }
        } else if (r.reason != null) {
          rejects.add(new ExpectedReject(e.getKey(), line, r.field, r.reason));
        }
      }
      rows += list.size();
    }
    rejects.sort(
        Comparator.comparing(ExpectedReject::file).thenComparingLong(ExpectedReject::line));

    try (Progress.Task t = progress.start("write feeds", 5)) {
      MasterFiles.writeMakers(
          dir.resolve(MAKERS_FILE), makers.stream().map(GenMaker::maker).toList());
      t.stepBy(1);
      MasterFiles.writeCategories(dir.resolve(CATEGORIES_FILE), categories);
      t.stepBy(1);
      FeedWriters.writeCsv(dir.resolve(FILE_A), files.get(FILE_A));
      t.stepBy(1);
      FeedWriters.writeXlsx(dir.resolve(FILE_B), files.get(FILE_B));
      t.stepBy(1);
      FeedWriters.writeJson(dir.resolve(FILE_C), files.get(FILE_C));
      t.stepBy(1);
    }
    if (media != MediaWriter.NONE) {
      Path book = dir.resolve(BOOK_FILE);
      Files.createDirectories(book.getParent());
      media.book(
          book,
          expected.stream().sorted(Comparator.comparing(Product::codeKey)).toList(),
          categories,
          makers.stream().map(GenMaker::maker).toList());
    }
    Files.writeString(
        dir.resolve(".generated"),
        "generator=" + VERSION + "\nsize=" + size + "\nseed=" + seed + "\n",
        java.nio.charset.StandardCharsets.UTF_8);
    expected.sort(Comparator.comparing(Product::codeKey));
    return new GeneratedFeeds(
        dir,
        size,
        makers.stream().map(GenMaker::maker).sorted(Comparator.comparing(Maker::id)).toList(),
        categories,
        expected,
        rows,
        rejects);
  }

  /**
   * The stamp {@code .generated} holds for this generator, to tell whether a directory is current.
   */
  public String stamp() {
    return "generator=" + VERSION + "\nsize=" + size + "\nseed=" + seed + "\n";
  }

  // ---------------------------------------------------------------- the canonical catalog

  private static List<Category> categories() {
    List<Category> out = new ArrayList<>();
    for (int t = 0; t < Vocabulary.TOPS.size(); t++) {
      Vocabulary.Top top = Vocabulary.TOPS.get(t);
      String id = String.format(Locale.ROOT, "%02d", t + 1);
      out.add(new Category(id, null, top.ko(), top.en()));
      for (int l = 0; l < top.leaves().size(); l++) {
        Vocabulary.Leaf leaf = top.leaves().get(l);
        out.add(
            new Category(
                String.format(Locale.ROOT, "%s.%02d", id, l + 1), id, leaf.ko(), leaf.en()));
      }
    }
    return out;
  }

  private List<GenMaker> makers() {
    List<Maker> base = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<List<Integer>> tops = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Vocabulary.KnownMaker k : Vocabulary.KNOWN_MAKERS) {
      if (base.size() == size.makers()) {
        break;
      }
      base.add(new Maker(k.id(), k.ko(), k.en(), k.aliases()));
      ids.add(k.id());
      countries.add(k.country());
      tops.add(k.tops());
    }
    Set<String> names = new HashSet<>();
    base.forEach(m -> names.add(Text.lower(m.nameKo())));
    while (base.size() < size.makers()) {
      String[] a = Vocabulary.SYLLABLES.get(rnd.nextInt(Vocabulary.SYLLABLES.size()));
      String[] b = Vocabulary.SYLLABLES.get(rnd.nextInt(Vocabulary.SYLLABLES.size()));
      String[] t = Vocabulary.TRADES.get(rnd.nextInt(Vocabulary.TRADES.size()));
      if (a == b) {
        continue;
      }
      String ko = a[0] + b[0] + t[0];
      String en = a[1] + Text.lower(b[1]) + " " + t[1];
      String id = Text.slug(en);
      if (!names.add(ko) || !ids.add(id)) {
        continue;
      }
      base.add(new Maker(id, ko, en, List.of()));
      int j = base.size() - 1;
      int r = rnd.nextInt(100);
      countries.add(r < 80 ? "KR" : r < 90 ? "CN" : r < 95 ? "TW" : "JP");
      List<Integer> ts = new ArrayList<>();
      ts.add(j % 9);
      for (int extra = rnd.nextInt(3); extra > 0; extra--) {
        int x = rnd.nextInt(9);
        if (!ts.contains(x)) {
          ts.add(x);
        }
      }
      tops.add(ts);
    }
    // The spellings are written as they are, not filtered through the ingest's maker directory:
    // the generated feeds are what checks that directory, so a spelling it failed to resolve must
    // show as a reject the test does not expect, not vanish from the feeds.
    List<GenMaker> out = new ArrayList<>();
    Set<String> prefixes = new HashSet<>();
    for (int i = 0; i < base.size(); i++) {
      Maker m = base.get(i);
      List<String> spellings = new ArrayList<>();
      for (String s : spellingsOf(m)) {
        if (!spellings.contains(s)) {
          spellings.add(s);
        }
      }
      String letters = Text.upper(m.nameEn()).replaceAll("[^A-Z]", "");
      String prefix = (letters + "XXX").substring(0, 2 + rnd.nextInt(2));
      if (!prefixes.add(prefix)) {
        prefix = prefix + (char) ('A' + (i % 26)) + (i / 26 % 10);
        prefixes.add(prefix);
      }
      out.add(new GenMaker(m, countries.get(i), tops.get(i), spellings, prefix, rnd.nextInt(4)));
    }
    return out;
  }

  private static List<String> spellingsOf(Maker m) {
    List<String> s = new ArrayList<>();
    s.add(m.nameKo());
    s.add(m.nameEn());
    s.add(Text.upper(m.nameEn()));
    s.add(m.nameEn() + " Korea (주)");
    s.add(Text.lower(m.nameEn()) + " gmbh");
    s.add("(주)" + m.nameKo());
    s.add(m.nameKo() + " 주식회사");
    s.add(m.nameEn() + " Co., Ltd.");
    s.add("㈜" + m.nameKo());
    s.add(m.nameKo() + "코리아");
    s.addAll(m.aliases());
    return s;
  }

  private List<GenProduct> products(
      List<GenMaker> makers, List<Category> categories, Progress progress) {
    int n = size.products();
    double[] cumulative = new double[makers.size()];
    double total = 0;
    for (int i = 0; i < makers.size(); i++) {
      total += 1.0 / Math.pow(i + 1, 0.8);
      cumulative[i] = total;
    }
    Map<Integer, List<Integer>> makersByTop = new TreeMap<>();
    for (int i = 0; i < makers.size(); i++) {
      for (int t : makers.get(i).tops()) {
        makersByTop.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    Set<String> keys = new HashSet<>();
    Map<Integer, String[]> lastOfMaker = new HashMap<>();
    List<GenProduct> out = new ArrayList<>(n);
    try (Progress.Task task = progress.start("generate products", n)) {
      for (int i = 0; i < n; i++) {
        int makerIndex;
        int top;
        if (i < 9) {
          top = i;
          List<Integer> candidates = makersByTop.get(top);
          makerIndex = candidates.get(rnd.nextInt(candidates.size()));
        } else if (i < 9 + makers.size()) {
          makerIndex = i - 9;
          List<Integer> ts = makers.get(makerIndex).tops();
          top = ts.get(rnd.nextInt(ts.size()));
        } else {
          double x = rnd.nextDouble() * total;
          int lo = 0;
          int hi = cumulative.length - 1;
          while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
              lo = mid + 1;
            } else {
              hi = mid;
            }
          }
          makerIndex = lo;
          List<Integer> ts = makers.get(makerIndex).tops();
          top = ts.get(rnd.nextInt(ts.size()));
        }
        out.add(product(makers.get(makerIndex), top, keys, lastOfMaker, makerIndex));
        task.stepBy(1);
      }
    }
    return out;
  }

  private GenProduct product(
      GenMaker gm,
      int topIndex,
      Set<String> keys,
      Map<Integer, String[]> lastOfMaker,
      int makerIndex) {
    Vocabulary.Top top = Vocabulary.TOPS.get(topIndex);
    int leafIndex = rnd.nextInt(top.leaves().size());
    Vocabulary.Leaf leaf = top.leaves().get(leafIndex);
    String categoryId = String.format(Locale.ROOT, "%02d.%02d", topIndex + 1, leafIndex + 1);
    String code;
    String family = null;
    String[] last = lastOfMaker.get(makerIndex);
    if (last != null && rnd.nextInt(5) == 0) {
      // A variant of the maker's previous model: same family, a size suffix.
      code = last[0] + "-" + new String[] {"S", "M", "L", "XL", "10", "13", "16"}[rnd.nextInt(7)];
      family = last[1];
    } else {
      code = newCode(gm);
    }
    String key = keyOf(code);
    while (!keys.add(key)) {
      code = newCode(gm);
      key = keyOf(code);
      family = null;
    }
    if (family == null) {
      family = key;
      lastOfMaker.put(makerIndex, new String[] {code, key});
    }
    Maker m = gm.maker();
    boolean pb = rnd.nextInt(100) < 3;
    String adjKo = "";
    String adjEn = "";
    switch (rnd.nextInt(5)) {
      case 0 -> {
        adjKo = "산업용 ";
        adjEn = "Industrial ";
      }
      case 1 -> {
        adjKo = "소형 ";
        adjEn = "Compact ";
      }
      case 2 -> {
        adjKo = "고급형 ";
        adjEn = "Premium ";
      }
      default -> {}
    }
    String nameKo = m.nameKo() + " " + adjKo + leaf.nounKo() + " " + code;
    String nameEn = m.nameEn() + " " + adjEn + leaf.nounEn() + " " + code;
    long price =
        top.priceMin()
            + (long) (Math.pow(rnd.nextDouble(), 2.5) * (top.priceMax() - top.priceMin()));
    price = rnd.nextInt(10) == 0 ? Math.max(10, price / 10 * 10) : Math.max(100, price / 100 * 100);
    long grams = top.gramsMin() + rnd.nextInt(top.gramsMax() - top.gramsMin() + 1);
    int mm = top.mmMin() + rnd.nextInt(top.mmMax() - top.mmMin() + 1);
    String origin = rnd.nextInt(5) == 0 ? "CN" : gm.country();
    Map<String, String> specs = new TreeMap<>();
    specs.put("무게", BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString() + " kg");
    specs.put("길이", mm + " mm");
    specs.put(top.specName(), top.specValues().get(rnd.nextInt(top.specValues().size())));
    List<String> videos = new ArrayList<>();
    if (rnd.nextInt(100) < 12) {
      for (int v = 1 + rnd.nextInt(2); v > 0; v--) {
        videos.add("https://video.catalog.example/watch/" + Text.lower(key) + "-" + v);
      }
    }
    LocalDate released = LocalDate.of(2012, 1, 1).plusDays(rnd.nextInt(5300));
    LocalDateTime updated =
        released.plusDays(rnd.nextInt(300)).atTime(rnd.nextInt(24), rnd.nextInt(60));
    Product p =
        new Product(
            // Generated codes are upper case with single spaces: printed as they are displayed.
            code,
            key,
            family,
            nameKo,
            nameEn,
            m.id(),
            categoryId,
            price,
            origin,
            pb ? PB_BRAND : m.nameEn(),
            pb,
            rnd.nextInt(100) < 6,
            rnd.nextInt(100) < 3,
            specs,
            videos,
            released);
    return new GenProduct(p, topIndex, updated, grams, mm, top.specName());
  }

  private String newCode(GenMaker gm) {
    String p = gm.prefix();
    String l1 = String.valueOf((char) ('A' + rnd.nextInt(26)));
    String l2 = String.valueOf((char) ('A' + rnd.nextInt(26)));
    return switch (gm.style()) {
      case 0 -> p + " " + (10 + rnd.nextInt(90)) + " " + l1 + l2;
      case 1 -> p + "-" + (100 + rnd.nextInt(900)) + l1;
      case 2 ->
          p
              + (1000 + rnd.nextInt(9000))
              + "."
              + String.format(Locale.ROOT, "%02d", rnd.nextInt(100));
      default -> p + "/" + (100 + rnd.nextInt(900)) + "-" + rnd.nextInt(10);
    };
  }

  // ---------------------------------------------------------------- messy rows

  private int pickFile() {
    int r = rnd.nextInt(100);
    return r < 45 ? 0 : r < 75 ? 1 : 2;
  }

  /**
   * A code as a supplier wrote it, and the display form a correct ingest gives it.
   *
   * @param written the text in the feed
   * @param display upper case, separators as written, whitespace collapsed
   */
  private record CodeForm(String written, String display) {}

  /**
   * The code as a supplier writes it: mostly as printed, otherwise lower-cased, run together,
   * re-separated or full-width. The expected display form is derived here from how the form was
   * made, not by the ingest's normalisers, so the feeds check them rather than repeat them.
   */
  private CodeForm codeForm(String code) {
    int r = rnd.nextInt(100);
    if (r < 60) {
      return new CodeForm(code, code);
    }
    if (r < 75) {
      return new CodeForm(code.toLowerCase(Locale.ROOT), code);
    }
    if (r < 85) {
      return new CodeForm(keyOf(code), keyOf(code));
    }
    if (r < 95) {
      String dashed = code.replaceAll("[ ./]", "-");
      return new CodeForm(dashed, dashed);
    }
    StringBuilder wide = new StringBuilder();
    for (char c : code.toCharArray()) {
      wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
    }
    return new CodeForm(wide.toString(), code);
  }

  /**
   * The key of a generated code. The generator's codes hold only {@code A-Z}, digits and the
   * separators it put in them (space, {@code - . /}), so their key is the code without those:
   * written out here rather than taken from {@code Keys.codeKey}, the rule the generated feeds
   * test.
   */
  private static String keyOf(String code) {
    return code.replaceAll("[ ./-]", "");
  }

  private Row row(
      String file,
      GenProduct gp,
      GenMaker gm,
      Map<String, Category> cats,
      String codeForm,
      LocalDateTime updated,
      long price) {
    Product p = gp.product();
    Row row = new Row();
    Map<FeedField, Object> v = row.values;
    v.put(FeedField.CODE, codeForm);
    List<String> spellings = gm.spellings();
    int r = rnd.nextInt(100);
    v.put(
        FeedField.MAKER,
        r < 35
            ? gm.maker().nameKo()
            : r < 60 ? gm.maker().nameEn() : spellings.get(rnd.nextInt(spellings.size())));
    v.put(FeedField.NAME_KO, p.nameKo());
    v.put(FeedField.NAME_EN, p.nameEn());
    Category leaf = cats.get(p.categoryId());
    Category top = cats.get(leaf.parentId());
    if (!p.family().equals(p.codeKey())) {
      v.put(FeedField.FAMILY, p.family()); // the base model's key reads fine as printed
    }
    String[] country =
        Vocabulary.COUNTRIES.stream()
            .filter(c -> c[0].equals(p.origin()))
            .findFirst()
            .orElseThrow();
    // 10 % VAT rounded half-up to the won, written out rather than taken from Vat: ingest takes it
    // off again with Vat, and the feeds are there to check that.
    long withVat = price + (price + 5) / 10;
    String weightKg = BigDecimal.valueOf(gp.grams(), 3).stripTrailingZeros().toPlainString();
    switch (file) {
      case FILE_A -> {
        v.put(FeedField.CATEGORY, top.nameKo() + " > " + leaf.nameKo());
        boolean vat = rnd.nextInt(100) < 40;
        long amount = vat ? withVat : price;
        int f = rnd.nextInt(10);
        v.put(
            FeedField.PRICE,
            f < 4
                ? "₩" + grouped(amount, ',')
                : f < 7 ? grouped(amount, ',') + "원" : Long.toString(amount));
        v.put(FeedField.VAT_INCLUDED, vat ? "Y" : rnd.nextBoolean() ? "N" : "");
        v.put(FeedField.ORIGIN, country[1]);
        if (!p.brand().equals(gm.maker().nameEn()) || rnd.nextInt(10) < 7) {
          v.put(FeedField.BRAND, p.brand());
        }
        v.put(FeedField.PRIVATE_BRAND, p.privateBrand() ? "Y" : "N");
        v.put(FeedField.NEW_PRODUCT, p.newProduct() ? "Y" : rnd.nextBoolean() ? "N" : "");
        v.put(FeedField.DISCONTINUED, p.discontinued() ? "Y" : "N");
        int w = rnd.nextInt(10);
        v.put(
            FeedField.WEIGHT,
            w < 4 ? weightKg + "kg" : w < 8 ? gp.grams() + "g" : grouped(gp.grams(), ',') + " g");
        v.put(
            FeedField.LENGTH,
            gp.mm() % 10 == 0 && rnd.nextBoolean() ? gp.mm() / 10 + "cm" : gp.mm() + "mm");
        v.put(FeedField.SPECS, gp.specName() + "=" + p.specs().get(gp.specName()));
        v.put(FeedField.VIDEOS, String.join(" | ", p.videoUrls()));
        v.put(FeedField.RELEASED, A_DATE.format(p.releasedOn()));
        v.put(FeedField.UPDATED, A_UPDATED.format(updated));
      }
      case FILE_B -> {
        v.put(FeedField.CATEGORY, leaf.id());
        v.put(FeedField.PRICE_VAT_INCLUDED, withVat);
        v.put(FeedField.ORIGIN, country[0]);
        v.put(FeedField.BRAND, p.brand());
        v.put(FeedField.PRIVATE_BRAND, p.privateBrand() ? "O" : "X");
        v.put(FeedField.NEW_PRODUCT, p.newProduct() ? "O" : "X");
        v.put(FeedField.DISCONTINUED, p.discontinued() ? "O" : "X");
        v.put(FeedField.WEIGHT, gp.grams());
        v.put(
            FeedField.LENGTH,
            BigDecimal.valueOf(gp.mm()).divide(new BigDecimal("25.4"), 4, RoundingMode.HALF_UP));
        v.put(FeedField.SPECS, gp.specName() + ":" + p.specs().get(gp.specName()));
        v.put(FeedField.VIDEOS, String.join(";", p.videoUrls()));
        v.put(FeedField.RELEASED, p.releasedOn());
        v.put(FeedField.UPDATED, A_UPDATED.format(updated));
      }
      default -> {
        v.put(
            FeedField.CATEGORY,
            rnd.nextBoolean() ? top.nameEn() + " > " + leaf.nameEn() : leaf.nameKo());
        boolean vat = rnd.nextBoolean();
        long amount = vat ? withVat : price;
        int f = rnd.nextInt(4);
        v.put(
            FeedField.PRICE,
            f < 2
                ? (Object) amount
                : f == 2 ? grouped(amount, '.') + "원" : "₩" + grouped(amount, ','));
        v.put(FeedField.VAT_INCLUDED, vat);
        v.put(FeedField.ORIGIN, country[2]);
        v.put(FeedField.BRAND, p.brand());
        v.put(FeedField.PRIVATE_BRAND, p.privateBrand());
        v.put(FeedField.NEW_PRODUCT, p.newProduct());
        v.put(FeedField.DISCONTINUED, p.discontinued());
        int w = rnd.nextInt(10);
        if (w < 5) {
          v.put(FeedField.WEIGHT, weightKg + " kg");
        } else if (w < 8) {
          v.put(FeedField.WEIGHT, gp.grams() + "g");
        } else {
          row.specs.put("중량", gp.grams() + " g");
        }
        String inches =
            BigDecimal.valueOf(gp.mm())
                .divide(new BigDecimal("25.4"), 4, RoundingMode.HALF_UP)
                .toPlainString();
        int l = rnd.nextInt(4);
        v.put(FeedField.LENGTH, l < 2 ? gp.mm() + " mm" : l == 2 ? inches + "\"" : inches + " in");
        row.specs.put(gp.specName(), p.specs().get(gp.specName()));
        v.put(FeedField.VIDEOS, p.videoUrls());
        v.put(FeedField.RELEASED, p.releasedOn().toString());
        v.put(FeedField.UPDATED, updated.toString() + (updated.getSecond() == 0 ? ":00" : ""));
      }
    }
    return row;
  }

  /** Breaks one thing in a row; {@code kind} 0..8 picks what. */
  private void breakRow(Row row, String file, int kind, GenProduct gp) {
    Map<FeedField, Object> v = row.values;
    switch (kind) {
      case 0 -> {
        v.remove(FeedField.CODE);
        mark(row, RejectReason.MISSING_FIELD, "code");
      }
      case 1 -> {
        v.put(FeedField.CODE, gp.product().code() + "★");
        mark(row, RejectReason.INVALID_CODE, "code");
      }
      case 2 -> {
        v.put(FeedField.MAKER, "Acme Unknown Tools (주)");
        mark(row, RejectReason.UNKNOWN_MAKER, "maker");
      }
      case 3 -> {
        v.put(
            FeedField.CATEGORY,
            file.equals(FILE_B) ? String.format(Locale.ROOT, "%02d", gp.top() + 1) : "기타 > 미분류");
        mark(row, RejectReason.UNKNOWN_CATEGORY, "category");
      }
      case 4 -> {
        v.remove(FeedField.NAME_KO);
        mark(row, RejectReason.MISSING_FIELD, "nameKo");
      }
      case 5 -> {
        FeedField priceField = file.equals(FILE_B) ? FeedField.PRICE_VAT_INCLUDED : FeedField.PRICE;
        v.put(priceField, rnd.nextBoolean() ? "가격문의" : "12,345.5");
        mark(row, RejectReason.INVALID_PRICE, "price");
      }
      case 6 -> {
        if (file.equals(FILE_B)) {
          v.put(FeedField.LENGTH, "2 ft");
          mark(row, RejectReason.INVALID_UNIT, "length");
        } else {
          v.remove(FeedField.WEIGHT);
          row.specs.remove("중량");
          v.put(FeedField.WEIGHT, "약 2kg");
          mark(row, RejectReason.INVALID_UNIT, "weight");
        }
      }
      case 7 -> {
        v.put(FeedField.RELEASED, "2024-13-45");
        mark(row, RejectReason.INVALID_VALUE, "releasedOn");
      }
      default -> {
        if (file.equals(FILE_A)) {
          row.extraColumn = true;
          mark(row, RejectReason.BROKEN_ROW, null);
        } else if (file.equals(FILE_C)) {
          row.notAnObject = "\"" + gp.product().code() + " 가격 문의\"";
          mark(row, RejectReason.BROKEN_ROW, null);
        } else {
          v.put(FeedField.NEW_PRODUCT, "미정");
          mark(row, RejectReason.INVALID_VALUE, "newProduct");
        }
      }
    }
  }

  private static void mark(Row row, RejectReason reason, String field) {
    row.reason = reason;
    row.field = field;
  }

  private static String grouped(long amount, char separator) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(separator);
    return new DecimalFormat("#,##0", symbols).format(amount);
  }
}
