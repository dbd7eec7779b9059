package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Asset;
import kr.catalog.model.BookPage;
import kr.catalog.model.Category;
import kr.catalog.model.Keys;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.sample.CatalogGenerator;
import kr.catalog.sample.GeneratedFeeds;
import kr.catalog.sample.MediaWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the pipeline drives its asset and book steps, and how they report what they refuse. */
class AssetAndBookStepsTest {
  @TempDir Path dir;

  /** Writes a small file per tenth product as its manual, and a list of codes as the book. */
  static final class TextMedia implements MediaWriter {
    @Override
    public Attachments attachments(List<Product> products, List<Maker> makers, Path feedsDir)
        throws IOException {
      Map<String, List<String>> manuals = new HashMap<>();
      Files.createDirectories(feedsDir.resolve("manuals"));
      for (Product p : products) {
        if (p.codeKey().hashCode() % 10 == 0) {
          String rel = "manuals/" + p.codeKey() + ".pdf";
          Files.writeString(feedsDir.resolve(rel), "manual of " + p.code(), StandardCharsets.UTF_8);
          manuals.put(p.codeKey(), List.of(rel));
        }
      }
      return new Attachments(manuals, Map.of());
    }

    @Override
    public void book(
        Path pdf, List<Product> products, List<Category> categories, List<Maker> makers)
        throws IOException {
      Files.writeString(pdf, products.getFirst().code(), StandardCharsets.UTF_8);
    }
  }

  /** A book step that takes each book as one page listing its text: enough to see the wiring. */
  static final class OnePageBook implements BookStep {
    @Override
    public String name() {
      return "one-page";
    }

    @Override
    public List<BookPage> digitize(
        Path pdf, String bookId, Path mediaDir, Set<String> knownCodeKeys, RejectSink rejects)
        throws IOException {
      String text = Files.readString(pdf, StandardCharsets.UTF_8);
      if (text.isEmpty()) {
        throw new IOException("no pages");
      }
      // The first product's code is printed: a known key becomes a hotspot.
      String key = Keys.codeKey(text);
      List<BookPage.Hotspot> hotspots =
          knownCodeKeys.contains(key)
              ? List.of(new BookPage.Hotspot(key, text, 0.1, 0.1, 0.2, 0.02))
              : List.of();
      return List.of(new BookPage(bookId, 1, "A-1", null, null, text, hotspots));
    }
  }

  @Test
  void manualsNamedByWinningRowsBecomeAssetsStoredByContentHash() throws Exception {
    Path feeds = dir.resolve("feeds");
    new CatalogGenerator(CatalogGenerator.Size.SAMPLE)
        .withMedia(new TextMedia())
        .generate(feeds, Progress.NONE);
    long manuals;
    try (var files = Files.list(feeds.resolve("manuals"))) {
      manuals = files.count();
    }

    IngestResult r = new IngestPipeline(IngestOptions.of(feeds, dir.resolve("out"))).run();

    assertThat(manuals).isPositive();
    assertThat(r.catalog().assets()).hasSize((int) manuals);
    Asset a = r.catalog().assets().getFirst();
    assertThat(a.kind()).isEqualTo(Asset.Kind.MANUAL);
    assertThat(a.mediaType()).isEqualTo("application/pdf");
    assertThat(a.path())
        .isEqualTo("assets/" + a.sha256().substring(0, 2) + "/" + a.sha256() + ".pdf");
    assertThat(Files.readString(dir.resolve("out/media").resolve(a.path()), StandardCharsets.UTF_8))
        .startsWith("manual of ");
    assertThat(r.summary().steps())
        .containsEntry("book book/catalog-book.pdf", "not digitised: no book step configured");
  }

  @Test
  void aBookStepDigitisesBooksAndABookItCannotOpenIsRejected() throws Exception {
    Path feeds = dir.resolve("feeds");
    GeneratedFeeds g =
        new CatalogGenerator(CatalogGenerator.Size.SAMPLE)
            .withMedia(new TextMedia())
            .generate(feeds, Progress.NONE);
    Files.writeString(feeds.resolve("book/empty.pdf"), "", StandardCharsets.UTF_8);
    IngestOptions options =
        IngestOptions.of(feeds, dir.resolve("out"))
            .withSteps(new FileAssetStep(), new OnePageBook());

    IngestResult r = new IngestPipeline(options).run();

    assertThat(r.catalog().bookPages())
        .extracting(BookPage::bookId, BookPage::text)
        .containsExactly(tuple("catalog-book", g.products().getFirst().code()));
    // The step was handed the catalog's code keys.
    assertThat(r.catalog().bookPages().getFirst().hotspots())
        .extracting(BookPage.Hotspot::codeKey)
        .containsExactly(g.products().getFirst().codeKey());
    assertThat(r.rejects())
        .filteredOn(x -> x.file().startsWith("book/"))
        .extracting(Reject::file, Reject::reason)
        .containsExactly(tuple("book/empty.pdf", RejectReason.CORRUPT_FILE));
  }

  @Test
  void attachmentsThatAreMissingTooLargeOrOutsideTheFeedsAreRejectedAtTheirRow() throws Exception {
    Path feeds = dir.resolve("feeds");
    Files.createDirectories(feeds.resolve("manuals"));
    Files.write(feeds.resolve("manuals/big.pdf"), new byte[2048]);
    Files.write(feeds.resolve("manuals/ok.pdf"), new byte[10]);
    List<AssetRequest> requests =
        List.of(
            new AssetRequest("A1", Asset.Kind.MANUAL, "manuals/ok.pdf", "a.csv", 2),
            new AssetRequest("A2", Asset.Kind.MANUAL, "manuals/missing.pdf", "a.csv", 3),
            new AssetRequest("A3", Asset.Kind.DRAWING, "manuals/big.pdf", "a.csv", 4),
            new AssetRequest("A4", Asset.Kind.MANUAL, "../secret.pdf", "a.csv", 5));
    List<Reject> rejects = new java.util.ArrayList<>();

    List<Asset> assets =
        new FileAssetStep(1024).process(requests, feeds, dir.resolve("media"), rejects::add);

    assertThat(assets).extracting(Asset::productCodeKey).containsExactly("A1");
    assertThat(rejects)
        .extracting(Reject::line, Reject::field, Reject::reason)
        .containsExactly(
            tuple(3L, "manual", RejectReason.MISSING_FILE),
            tuple(4L, "drawing", RejectReason.TOO_LARGE),
            tuple(5L, "manual", RejectReason.INVALID_VALUE));
  }
}
