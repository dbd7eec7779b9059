package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIngestTest {
  @TempDir Path dir;
  Path feeds;
  Path out;

  @BeforeEach
  void twoFeeds() throws IOException {
    feeds = Feeds.masters(dir.resolve("feeds"));
    out = dir.resolve("out");
    Feeds.csv(
        feeds, "a.csv", "GSB 13 RE,보쉬,드릴,01.01,1000,N,1kg,", "GSB 14 RE,보쉬,드릴,01.01,1000,N,1kg,");
    Feeds.csv(
        feeds, "b.csv", "GA 4030,마끼다,그라인더,01.02,2000,N,2kg,", "GA 5030,마끼다,그라인더,01.02,3000,N,2kg,");
  }

  private IngestResult ingest() throws IOException {
    return new IngestPipeline(IngestOptions.of(feeds, out)).run();
  }

  private Map<Path, FileTime> catalogFiles() throws IOException {
    Map<Path, FileTime> times = new HashMap<>();
    try (Stream<Path> files = Files.list(out.resolve("catalog"))) {
      for (Path f : files.toList()) {
        times.put(f.getFileName(), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }

  @Test
  void rerunningUnchangedInputsRewritesNothing() throws IOException {
    IngestResult first = ingest();
    Map<Path, FileTime> before = catalogFiles();

    IngestResult second = ingest();

    assertThat(second.summary().unchanged()).isTrue();
    assertThat(second.summary().filesRead()).isZero();
    assertThat(second.summary().catalogVersion()).isEqualTo(first.summary().catalogVersion());
    assertThat(catalogFiles()).isEqualTo(before);
    assertThat(second.catalog()).isEqualTo(first.catalog());
  }

  @Test
  void aChangedFeedIsTheOnlyFileParsedAgainAndOnlyItsChangedProductIsUpdated() throws IOException {
    // changes.json names the version it is relative to: a publication applies it to that one only.
    String firstVersion = ingest().summary().catalogVersion();
    Feeds.csv(
        feeds, "b.csv", "GA 4030,마끼다,그라인더,01.02,2500,N,2kg,", "GA 5030,마끼다,그라인더,01.02,3000,N,2kg,");

    IngestResult r = ingest();

    assertThat(r.summary().unchanged()).isFalse();
    assertThat(r.summary().filesRead()).isEqualTo(1);
    assertThat(r.summary().filesReused()).isEqualTo(1);
    assertThat(r.summary().productsUpdated()).isEqualTo(1);
    assertThat(r.summary().productsAdded()).isZero();
    assertThat(r.summary().productsRemoved()).isZero();
    assertThat(
            kr.catalog.model.CatalogJson.mapper()
                .readValue(out.resolve("catalog/changes.json").toFile(), ProductChanges.class))
        .isEqualTo(new ProductChanges(firstVersion, List.of(), List.of("GA4030"), List.of()));
    assertThat(r.catalog().products())
        .filteredOn(p -> p.codeKey().equals("GA4030"))
        .extracting(Product::listPrice)
        .containsExactly(2500L);
  }

  @Test
  void aRemovedFeedRemovesItsProducts() throws IOException {
    ingest();
    Files.delete(feeds.resolve("b.csv"));

    IngestResult r = ingest();

    assertThat(r.summary().productsRemoved()).isEqualTo(2);
    assertThat(r.catalog().products())
        .extracting(Product::codeKey)
        .containsExactly("GSB13RE", "GSB14RE");
    assertThat(r.catalog().makers()).extracting(m -> m.id()).containsExactly("bosch");
  }

  @Test
  void aFreshBuildOfTheSameInputsGivesTheSameBytes() throws IOException {
    ingest();
    Path other = dir.resolve("other");
    new IngestPipeline(IngestOptions.of(feeds, other)).run();
    for (String f :
        List.of(
            "products.jsonl",
            "makers.jsonl",
            "categories.jsonl",
            "manifest.json",
            "rejects.csv",
            "summary.json")) {
      assertThat(Files.readAllBytes(other.resolve("catalog").resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(out.resolve("catalog").resolve(f)));
    }
  }

  @Test
  void aRunStoppedBetweenItsRenamesIsRecoveredAndRunsAgain() throws IOException {
    IngestResult first = ingest();
    // What a stop after "move old away" and before "move new in" leaves behind.
    Files.move(out.resolve("catalog"), out.resolve("catalog.old-1234"));
    Files.createDirectories(out.resolve("catalog.tmp-5678"));
    Files.writeString(
        out.resolve("catalog.tmp-5678/products.jsonl"), "{\"half", StandardCharsets.UTF_8);

    assertThat(new CatalogStore(out.resolve("catalog")).read()).isEqualTo(first.catalog());
    IngestResult again = ingest();
    assertThat(again.summary().unchanged()).isTrue();

    Feeds.csv(feeds, "b.csv", "GA 4030,마끼다,그라인더,01.02,2500,N,2kg,");
    ingest();
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("catalog", "state");
    }
  }

  @Test
  void aFailedWriteLeavesThePreviousCatalogAsItWas() throws IOException {
    IngestResult first = ingest();
    CatalogStore store = new CatalogStore(out.resolve("catalog"));
    assertThatThrownBy(
            () ->
                store.write(
                    first.catalog(),
                    "other",
                    d -> {
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(store.read()).isEqualTo(first.catalog());
    assertThat(store.manifest().orElseThrow().inputsHash()).isNotEqualTo("other");
  }

  @Test
  void aCorruptCacheEntryIsParsedAgain() throws IOException {
    ingest();
    try (Stream<Path> entries = Files.list(out.resolve("state/parsed"))) {
      for (Path e : entries.toList()) {
        Files.writeString(e, "not gzip", StandardCharsets.UTF_8);
      }
    }
    Feeds.csv(
        feeds, "a.csv", "GSB 13 RE,보쉬,드릴,01.01,1100,N,1kg,", "GSB 14 RE,보쉬,드릴,01.01,1000,N,1kg,");

    IngestResult r = ingest();

    assertThat(r.summary().filesRead()).isEqualTo(2);
    assertThat(r.catalog().products()).hasSize(4);
  }

  @Test
  void aSecondRunOnTheSameStateDirectoryIsRefusedWhileTheFirstHoldsIt() throws IOException {
    Path state = out.resolve("state");
    Files.createDirectories(state);
    try (var channel =
            java.nio.channels.FileChannel.open(
                state.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        var lock = channel.lock()) {
      assertThatThrownBy(this::ingest).hasMessageContaining("another ingest is running");
    }
    assertThat(ingest().catalog().products()).hasSize(4);
  }

  @Test
  void anUnreadableStoredSummaryMakesTheRunBuildAgainInsteadOfFailing() throws IOException {
    ingest();
    Files.writeString(out.resolve("catalog/summary.json"), "{", StandardCharsets.UTF_8);

    IngestResult r = ingest();

    assertThat(r.summary().unchanged()).isFalse();
    assertThat(r.summary().filesReused()).isEqualTo(2);
    assertThat(r.summary().productsUpdated()).isZero();
  }
}
