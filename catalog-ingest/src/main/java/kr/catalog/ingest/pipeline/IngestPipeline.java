package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kr.catalog.ingest.feed.FeedFormatException;
import kr.catalog.ingest.feed.FeedKind;
import kr.catalog.ingest.feed.FeedReader;
import kr.catalog.ingest.feed.MasterFiles;
import kr.catalog.ingest.normalize.CategoryDirectory;
import kr.catalog.ingest.normalize.MakerDirectory;
import kr.catalog.ingest.normalize.NormalizationException;
import kr.catalog.ingest.report.IngestSummary;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectReport;
import kr.catalog.model.Asset;
import kr.catalog.model.BookPage;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogJson;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import org.jboss.logging.Logger;

/**
 * One ingest run: feeds directory in, canonical catalog out.
 *
 * <ol>
 *   <li><b>Inventory.</b> Top-level files of the feeds directory are feeds or masters ({@link
 *       FeedKind#detect}); unknown files are rejected as {@code UNSUPPORTED_FORMAT}. Files in
 *       sub-folders are attachments; PDFs in {@code book/} are catalog books.
 *   <li><b>Masters.</b> Maker and category masters are read into the alias table and category
 *       directory.
 *   <li><b>Parse.</b> Each product feed is read and every row normalised ({@link RowNormalizer}).
 *       The result per file is cached under a hash of the file's bytes, the masters and {@link
 *       #PIPELINE_VERSION}: an unchanged file is not parsed again.
 *   <li><b>Nothing to do?</b> When the fingerprint of all inputs equals the stored catalog's,
 *       nothing is written and the run ends ({@link IngestSummary#unchanged()}).
 *   <li><b>De-duplicate.</b> Rows with the same code key: the row with the newest {@code
 *       수정일/updatedAt} wins; on a tie the row with more filled fields; then the row first in
 *       file-name and line order. Every losing row is reported as {@code DUPLICATE} naming the
 *       winner.
 *   <li><b>Assemble.</b> Makers and categories that winning products use (categories with their
 *       ancestors), sorted by id; products sorted by code key.
 *   <li><b>Assets and book</b> through {@link AssetStep} and {@link BookStep}.
 *   <li><b>Write</b> the catalog, {@code rejects.csv} and {@code summary.json} atomically ({@link
 *       CatalogStore}).
 * </ol>
 */
public final class IngestPipeline {
  /**
   * Bumped whenever parsing or normalisation changes what a row becomes, so cached parses of an
   * older pipeline are not reused.
   */
  public static final String PIPELINE_VERSION = "3";

  private static final Logger LOG = Logger.getLogger(IngestPipeline.class);
  private static final String BOOK_DIR = "book";

  private static final Comparator<Candidate> WINNER_FIRST =
      Comparator.comparing(
              Candidate::updatedAt,
              Comparator.nullsLast(Comparator.<java.time.LocalDateTime>reverseOrder()))
          .thenComparing(Candidate::filled, Comparator.reverseOrder())
          .thenComparing(Candidate::file)
          .thenComparingLong(Candidate::line);

  private final IngestOptions options;

  /** A pipeline for these options. */
  public IngestPipeline(IngestOptions options) {
    this.options = options;
  }

  private record Input(String name, Path path, FeedKind kind, String sha256) {}

  /**
   * Runs the pipeline.
   *
   * @throws IOException when the feeds directory cannot be listed or the catalog cannot be written
   *     (the previous catalog then stays as it was)
   */
  public IngestResult run() throws IOException {
    Path feeds = options.feedsDir().toAbsolutePath().normalize();
    if (!Files.isDirectory(feeds)) {
      throw new java.nio.file.NoSuchFileException(feeds + " is not a directory");
    }
    // One run at a time per state directory: a second one would race on the cache and the swap.
    Files.createDirectories(options.stateDir());
    Path lockFile = options.stateDir().resolve(".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel, lockFile)) {
      return runLocked(feeds);
    }
  }

  private static FileLock tryLock(FileChannel channel, Path lockFile) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new IOException(
          "another ingest is running with the same state directory (" + lockFile + ")");
    }
    return lock;
  }

  private IngestResult runLocked(Path feeds) throws IOException {
    RejectReport report = new RejectReport();
    List<Input> inputs = new ArrayList<>();
    List<String> attachments = new ArrayList<>();
    List<Path> books = new ArrayList<>();
    inventory(feeds, report, inputs, attachments, books);

    // Masters.
    List<Maker> masterMakers = new ArrayList<>();
    List<Category> masterCategories = new ArrayList<>();
    StringBuilder masterHashes = new StringBuilder();
    for (Input in : inputs) {
      if (in.kind() == FeedKind.MAKER_MASTER) {
        masterMakers.addAll(MasterFiles.readMakers(in.path(), in.name(), report));
        masterHashes.append(in.name()).append('=').append(in.sha256()).append(';');
      } else if (in.kind() == FeedKind.CATEGORY_MASTER) {
        masterCategories.addAll(MasterFiles.readCategories(in.path(), in.name(), report));
        masterHashes.append(in.name()).append('=').append(in.sha256()).append(';');
      }
    }
    MakerDirectory makerDirectory = new MakerDirectory(masterMakers);
    CategoryDirectory categoryDirectory = new CategoryDirectory(masterCategories);
    String mastersHash = Hashes.of(masterHashes.toString());

    // Fingerprint of everything that shapes the catalog.
    List<String> parts = new ArrayList<>();
    parts.add(PIPELINE_VERSION);
    parts.add(options.rates().krwPerUsd().toPlainString());
    parts.add(mastersHash);
    for (Input in : inputs) {
      parts.add(in.name() + "|" + in.kind() + "|" + in.sha256());
    }
    parts.addAll(attachments);
    for (Path b : books) {
      parts.add("book|" + feeds.relativize(b) + "|" + Hashes.file(b));
    }
    parts.add(options.assetStep().name());
    parts.add(options.bookStep() == null ? "no-book-step" : options.bookStep().name());
    String inputsHash = Hashes.of(parts.toArray(String[]::new));

    CatalogStore store = new CatalogStore(options.catalogDir());
    Optional<CatalogStore.Manifest> previous = store.manifest();
    if (previous.isPresent() && inputsHash.equals(previous.get().inputsHash())) {
      Optional<IngestResult> same = unchanged(store, inputs);
      if (same.isPresent()) {
        return same.get();
      }
    }

    // Parse (or reuse) every product feed.
    ParseCache cache = new ParseCache(options.stateDir());
    List<Reject> parseFailures = new ArrayList<>();
    Set<Path> cacheEntries = new HashSet<>();
    List<FeedParse> parses = new ArrayList<>();
    int filesRead = 0;
    int filesReused = 0;
    for (Input in : inputs) {
      if (!in.kind().holdsProducts()) {
        continue;
      }
      String key =
          Hashes.of(
              PIPELINE_VERSION,
              mastersHash,
              in.kind().name(),
              in.sha256(),
              options.rates().krwPerUsd().toPlainString());
      Optional<FeedParse> cached = cache.load(in.name(), key);
      FeedParse parse;
      if (cached.isPresent()) {
        parse = cached.get();
        filesReused++;
      } else {
        parse = parse(in, makerDirectory, categoryDirectory, parseFailures);
        filesRead++;
        if (parse != null) {
          cache.store(in.name(), key, parse);
        }
      }
      if (parse == null) {
        continue; // the whole file was rejected; the reject is in the report
      }
      cacheEntries.add(cache.entry(in.name(), key));
      parses.add(parse);
    }
    for (FeedParse p : parses) {
      report.addAll(p.rejects());
    }
    report.addAll(parseFailures);

    // De-duplicate.
    Map<String, List<Candidate>> byKey = new HashMap<>();
    long rows = 0;
    for (FeedParse p : parses) {
      rows += p.rows();
      for (Candidate c : p.candidates()) {
        byKey.computeIfAbsent(c.product().codeKey(), k -> new ArrayList<>(1)).add(c);
      }
    }
    List<Candidate> winners = new ArrayList<>(byKey.size());
    for (List<Candidate> group : byKey.values()) {
      if (group.size() > 1) {
        group.sort(WINNER_FIRST);
        Candidate w = group.getFirst();
        for (Candidate loser : group.subList(1, group.size())) {
          report.reject(
              Reject.atRow(
                  loser.file(),
                  loser.line(),
                  "code",
                  RejectReason.DUPLICATE,
                  "code '"
                      + loser.product().code()
                      + "' (key "
                      + w.product().codeKey()
                      + ") is superseded by "
                      + w.file()
                      + ":"
                      + w.line()
                      + " ("
                      + why(w, loser)
                      + ")"));
        }
      }
      winners.add(group.getFirst());
    }
    winners.sort(Comparator.comparing(c -> c.product().codeKey()));
    List<Product> products = winners.stream().map(Candidate::product).toList();

    // Makers and categories in use.
    Map<String, Maker> allMakers = new LinkedHashMap<>();
    masterMakers.forEach(m -> allMakers.put(m.id(), m));
    Map<String, Category> allCategories = new LinkedHashMap<>();
    masterCategories.forEach(c -> allCategories.put(c.id(), c));
    for (FeedParse p : parses) {
      for (Maker m : p.createdMakers()) {
        allMakers.merge(m.id(), m, IngestPipeline::mergeAliases);
      }
      for (Category c : p.createdCategories()) {
        allCategories.putIfAbsent(c.id(), c);
      }
    }
    Set<String> usedMakers = new TreeSet<>();
    Set<String> usedCategories = new TreeSet<>();
    for (Product p : products) {
      usedMakers.add(p.makerId());
      for (Category c = allCategories.get(p.categoryId());
          c != null;
          c = c.parentId() == null ? null : allCategories.get(c.parentId())) {
        usedCategories.add(c.id());
      }
    }
    List<Maker> makers = usedMakers.stream().map(allMakers::get).filter(Objects::nonNull).toList();
    List<Category> categories =
        usedCategories.stream().map(allCategories::get).filter(Objects::nonNull).toList();

    // Assets and book.
    TreeMap<String, String> steps = new TreeMap<>();
    List<AssetRequest> requests = new ArrayList<>();
    List<AssetRequest> pictureRequests = new ArrayList<>();
    winners.forEach(
        w ->
            w.assets()
                .forEach(a -> (a.kind() == Asset.Kind.IMAGE ? pictureRequests : requests).add(a)));
    List<Asset> assets = new ArrayList<>();
    if (!requests.isEmpty()) {
      try (Progress.Task t = options.progress().start("assets", requests.size())) {
        assets.addAll(
            options.assetStep().process(requests, feeds, options.mediaDir(), report.onKeptRows()));
        t.stepBy(requests.size());
      }
    }
    steps.put(
        "assets", options.assetStep().name() + ": " + assets.size() + " of " + requests.size());
    if (!pictureRequests.isEmpty()) {
      List<Asset> pictures;
      PictureStep pictureStep = options.pictureStep();
      long started = System.nanoTime();
      try (Progress.Task t = options.progress().start("pictures", pictureRequests.size())) {
        pictures = pictureStep.process(pictureRequests, feeds, options.mediaDir(), report, t);
      }
      // Timing goes to the log, not the summary: the catalog's bytes depend on its inputs only.
      double seconds = (System.nanoTime() - started) / 1e9;
      long files = pictures.stream().map(Asset::sha256).distinct().count();
      LOG.infof(
          "pictures: %d files for %d requests in %.1f s (%.1f files/s, %d threads)",
          files,
          pictureRequests.size(),
          seconds,
          files / Math.max(seconds, 1e-9),
          pictureStep.threads());
      assets.addAll(pictures);
      steps.put("pictures", pictures.size() + " of " + pictureRequests.size());
    }
    if (report.keptRowProblems() > 0) {
      steps.put(
          "attachment problems",
          report.keptRowProblems()
              + " on accepted rows (in rejects.csv; not counted in the error rate)");
    }
    long scanned = assets.stream().filter(Asset::scanned).count();
    if (scanned > 0) {
      steps.put("scanned PDFs", scanned + " without a text layer (kept, marked scanned)");
    }
    List<BookPage> pages = new ArrayList<>();
    Set<String> codeKeys = new HashSet<>();
    products.forEach(p -> codeKeys.add(p.codeKey()));
    for (Path book : books) {
      String name = feeds.relativize(book).toString().replace('\\', '/');
      if (options.bookStep() == null) {
        steps.put("book " + name, "not digitised: no book step configured");
        continue;
      }
      String fileName = book.getFileName().toString();
      String bookId = fileName.substring(0, fileName.length() - 4);
      try {
        pages.addAll(
            options.bookStep().digitize(book, bookId, options.mediaDir(), codeKeys, report));
        steps.put("book " + name, options.bookStep().name());
      } catch (IOException | RuntimeException e) {
        RejectReason reason =
            e.getCause() instanceof kr.catalog.ingest.asset.AssetRejectedException a
                ? ExtractingAssetStep.reason(a)
                : RejectReason.CORRUPT_FILE;
        report.reject(Reject.forFile(name, reason, "book cannot be read: " + e.getMessage()));
      }
    }
    for (FeedParse p : parses) {
      if (!p.ignoredColumns().isEmpty()) {
        steps.put("ignored columns " + p.file(), String.join(", ", p.ignoredColumns()));
      }
    }
    int unusedMakers =
        (int) masterMakers.stream().filter(m -> !usedMakers.contains(m.id())).count();
    if (unusedMakers > 0) {
      steps.put("makers without products", Integer.toString(unusedMakers));
    }
    if (!makerDirectory.ambiguousKeys().isEmpty()) {
      // Spellings that two master makers share match neither: the master needs fixing.
      steps.put("ambiguous maker spellings", String.join(", ", makerDirectory.ambiguousKeys()));
    }

    String version = inputsHash.substring(0, 16);
    Catalog catalog = new Catalog(version, makers, categories, products, assets, pages);

    // Compare with the previous catalog.
    ProductChanges changes =
        ProductChanges.between(
            previous.map(CatalogStore.Manifest::version).orElse(null),
            previousProducts(store, previous),
            products);

    IngestSummary summary =
        summarize(
            catalog,
            report,
            false,
            filesRead,
            filesReused,
            rows,
            changes.added().size(),
            changes.updated().size(),
            changes.removed().size(),
            steps);
    store.write(
        catalog,
        inputsHash,
        dir -> {
          report.writeCsv(dir);
          CatalogJson.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValue(dir.resolve(ProductChanges.FILE_NAME).toFile(), changes);
          CatalogJson.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValue(dir.resolve(IngestSummary.FILE_NAME).toFile(), summary);
        });
    cache.retainOnly(cacheEntries);
    return new IngestResult(summary, report.rejects(), store, catalog);
  }

  /** The previous catalog's products, or null when there is none or it cannot be read. */
  private static List<Product> previousProducts(
      CatalogStore store, Optional<CatalogStore.Manifest> previous) {
    if (previous.isEmpty()) {
      return null;
    }
    try {
      return store.read().products();
    } catch (IOException e) {
      LOG.warnf(
          "previous catalog in %s unreadable, counting every product as added: %s",
          store.dir(), e.getMessage());
      return null;
    }
  }

  /**
   * Parses one feed; a file that cannot be read at all is reported to {@code failures}, then null.
   */
  private FeedParse parse(
      Input in, MakerDirectory makers, CategoryDirectory categories, List<Reject> failures) {
    RowNormalizer normalizer = new RowNormalizer(makers, categories);
    List<Candidate> candidates = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    FeedReader reader = in.kind().reader(options.rates());
    try (Progress.Task task = options.progress().start("parse " + in.name(), estimateRows(in))) {
      long[] seen = {0};
      FeedReader.Result result =
          reader.read(
              in.path(),
              in.name(),
              row -> {
                try {
                  candidates.add(normalizer.normalize(row, rejects::add));
                } catch (NormalizationException e) {
                  rejects.add(
                      Reject.atRow(row.file(), row.line(), e.field(), e.reason(), e.getMessage()));
                }
                if (++seen[0] % 1000 == 0) {
                  task.stepBy(1000);
                }
              },
              rejects::add);
      task.stepBy(seen[0] % 1000);
      return new FeedParse(
          in.name(),
          result.rows(),
          candidates,
          rejects,
          normalizer.createdMakers(),
          normalizer.createdCategories(),
          result.ignoredColumns());
    } catch (FeedFormatException e) {
      failures.add(Reject.forFile(in.name(), RejectReason.UNSUPPORTED_FORMAT, e.getMessage()));
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      failures.add(
          Reject.forFile(
              in.name(), RejectReason.UNREADABLE_FILE, "cannot read: " + e.getMessage()));
    } catch (RuntimeException e) {
      // A reader library failing on a damaged file in a way nobody foresaw: that file is reported
      // and left out, and the other feeds still load (issue #9: malformed feeds are isolated).
      failures.add(
          Reject.forFile(
              in.name(),
              RejectReason.CORRUPT_FILE,
              "damaged file (" + e.getClass().getSimpleName() + "): " + e.getMessage()));
    }
    return null;
  }

  /**
   * Rows to expect in a line-per-row feed (CSV, JSON written one object a line), for the progress
   * bar only: lines minus the header, or -1 (unknown) for other shapes or when nobody watches.
   */
  private long estimateRows(Input in) {
    if (options.progress() == Progress.NONE
        || !(in.kind() == FeedKind.SUPPLIER_CSV
            || in.kind() == FeedKind.SUPPLIER_JSON
            || in.kind() == FeedKind.WALMART)) {
      return -1;
    }
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (java.io.InputStream s = Files.newInputStream(in.path())) {
      int n;
      while ((n = s.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return Math.max(0, lines - 1);
  }

  private void inventory(
      Path feeds,
      RejectReport report,
      List<Input> inputs,
      List<String> attachments,
      List<Path> books)
      throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(feeds)) {
      all = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : all) {
      Path rel = feeds.relativize(p);
      String name = rel.toString().replace('\\', '/');
      if (rel.getFileName().toString().startsWith(".")) {
        continue; // hidden files: editor and generator bookkeeping, not data
      }
      if (rel.getNameCount() > 1) {
        if (rel.getName(0).toString().equals(BOOK_DIR)
            && name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
          books.add(p);
        } else {
          attachments.add(
              "att|" + name + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis());
        }
        continue;
      }
      FeedKind kind;
      try {
        kind = FeedKind.detect(p);
      } catch (IOException e) {
        report.reject(
            Reject.forFile(name, RejectReason.UNREADABLE_FILE, "cannot read: " + e.getMessage()));
        continue;
      }
      if (kind == FeedKind.UNSUPPORTED) {
        report.reject(
            Reject.forFile(
                name, RejectReason.UNSUPPORTED_FORMAT, "not a feed (csv, xlsx, json, json.zip)"));
        continue;
      }
      inputs.add(new Input(name, p, kind, Hashes.file(p)));
    }
  }

  /** The result of a run with nothing to do, or empty when the stored summary is unreadable. */
  private Optional<IngestResult> unchanged(CatalogStore store, List<Input> inputs) {
    Path summaryFile = store.dir().resolve(IngestSummary.FILE_NAME);
    IngestSummary stored;
    try {
      stored = CatalogJson.mapper().readValue(summaryFile.toFile(), IngestSummary.class);
    } catch (IOException e) {
      LOG.warnf("%s unreadable (%s): building the catalog again", summaryFile, e.getMessage());
      return Optional.empty();
    }
    int feeds = (int) inputs.stream().filter(i -> i.kind().holdsProducts()).count();
    IngestSummary summary =
        new IngestSummary(
            stored.catalogVersion(),
            true,
            0,
            feeds,
            stored.rowsRead(),
            stored.topCategories(),
            stored.categories(),
            stored.makers(),
            stored.products(),
            stored.assets(),
            stored.bookPages(),
            0,
            0,
            0,
            stored.productsByTopCategory(),
            stored.productsByMaker(),
            stored.rejectsByReason(),
            stored.rejectErrors(),
            stored.steps());
    return Optional.of(new IngestResult(summary, List.of(), store, null));
  }

  private static IngestSummary summarize(
      Catalog catalog,
      RejectReport report,
      boolean unchanged,
      int filesRead,
      int filesReused,
      long rows,
      int added,
      int updated,
      int removed,
      TreeMap<String, String> steps) {
    Map<String, Category> byId = new HashMap<>();
    catalog.categories().forEach(c -> byId.put(c.id(), c));
    TreeMap<String, Long> byTop = new TreeMap<>();
    TreeMap<String, Long> byMaker = new TreeMap<>();
    catalog.categories().stream().filter(Category::isTop).forEach(c -> byTop.put(c.id(), 0L));
    for (Product p : catalog.products()) {
      Category c = byId.get(p.categoryId());
      while (c != null && c.parentId() != null) {
        c = byId.get(c.parentId());
      }
      byTop.merge(c == null ? "?" : c.id(), 1L, Long::sum);
      byMaker.merge(p.makerId(), 1L, Long::sum);
    }
    return new IngestSummary(
        catalog.version(),
        unchanged,
        filesRead,
        filesReused,
        rows,
        (int) catalog.categories().stream().filter(Category::isTop).count(),
        catalog.categories().size(),
        catalog.makers().size(),
        catalog.products().size(),
        catalog.assets().size(),
        catalog.bookPages().size(),
        added,
        updated,
        removed,
        byTop,
        byMaker,
        report.countsByReason(),
        report.errorCount(),
        steps);
  }

  private static Maker mergeAliases(Maker a, Maker b) {
    TreeSet<String> aliases = new TreeSet<>(a.aliases());
    aliases.addAll(b.aliases());
    if (!b.nameEn().equals(a.nameEn())) {
      aliases.add(b.nameEn());
    }
    aliases.remove(a.nameEn());
    aliases.remove(a.nameKo());
    return new Maker(a.id(), a.nameKo(), a.nameEn(), List.copyOf(aliases));
  }

  private static String why(Candidate winner, Candidate loser) {
    if (!Objects.equals(winner.updatedAt(), loser.updatedAt())) {
      return "newer updatedAt";
    }
    if (winner.filled() != loser.filled()) {
      return "more fields filled";
    }
    return "first in file order";
  }
}
