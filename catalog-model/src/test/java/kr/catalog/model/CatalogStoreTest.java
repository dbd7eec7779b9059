package kr.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {
  static final Maker BOSCH = new Maker("bosch", "보쉬", "Bosch", List.of("BOSCH", "Bosch Korea (주)"));
  static final Category POWER = new Category("01", null, "전동공구", "Power Tools");
  static final Category DRILLS = new Category("01.01", "01", "드릴/드라이버", "Drills & Drivers");
  static final Product DRILL =
      new Product(
          "GSB 13 RE",
          "GSB13RE",
          "GSB13RE",
          "보쉬 충전 드릴 GSB 13 RE",
          "Bosch Drill GSB 13 RE",
          "bosch",
          "01.01",
          98_000L,
          "DE",
          "Bosch",
          false,
          true,
          false,
          Map.of("무게", "1.8 kg", "길이", "250 mm"),
          List.of("https://video.example/gsb13re"),
          LocalDate.of(2024, 3, 1));
  static final Asset MANUAL =
      new Asset(
          "a1",
          "GSB13RE",
          Asset.Kind.MANUAL,
          "assets/ab/ab.pdf",
          null,
          "application/pdf",
          "설명서",
          "본문",
          12,
          "ab");
  static final BookPage PAGE =
      new BookPage(
          "book-2026",
          7,
          "A-3",
          "book/7.png",
          "book/7-t.png",
          "GSB 13 RE 보쉬",
          List.of(new BookPage.Hotspot("GSB13RE", "GSB 13 RE", 0.1, 0.2, 0.3, 0.05)));
  static final Catalog CATALOG =
      new Catalog(
          "v1",
          List.of(BOSCH),
          List.of(POWER, DRILLS),
          List.of(DRILL),
          List.of(MANUAL),
          List.of(PAGE));

  @TempDir Path dir;

  @Test
  void aWrittenCatalogReadsBackEqualWithKoreanText() throws Exception {
    CatalogStore store = new CatalogStore(dir.resolve("catalog"));
    store.write(CATALOG, "hash-1", null);

    assertThat(store.read()).isEqualTo(CATALOG);
    assertThat(store.manifest().orElseThrow())
        .isEqualTo(
            new CatalogStore.Manifest(
                CatalogStore.FORMAT_VERSION, "v1", "hash-1", 1, 2, 1, 1, 1, 1));
    assertThat(Files.readString(dir.resolve("catalog/makers.jsonl"), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"id\":\"bosch\",\"nameKo\":\"보쉬\",\"nameEn\":\"Bosch\",\"aliases\":[\"BOSCH\",\"Bosch Korea (주)\"]}\n");
  }

  @Test
  void specsAreWrittenInKeyOrderSoTheBytesNeverDependOnMapOrder() throws Exception {
    new CatalogStore(dir.resolve("catalog")).write(CATALOG, "h", null);
    assertThat(Files.readString(dir.resolve("catalog/products.jsonl"), StandardCharsets.UTF_8))
        .contains("\"specs\":{\"길이\":\"250 mm\",\"무게\":\"1.8 kg\"}");
  }

  @Test
  void identifiersRoundTripAndAProductWithoutAnyIsWrittenAsBefore() throws Exception {
    Product withIds =
        DRILL.withIdentifiers(
            List.of(
                new Identifier(Identifier.Kind.MODEL_NUMBER, "GSB 13 RE Professional"),
                new Identifier(Identifier.Kind.SUPPLIER_CODE, "HB-0042"),
                new Identifier(Identifier.Kind.BARCODE, "8801234567893")));
    Catalog catalog =
        new Catalog(
            "v1", List.of(BOSCH), List.of(POWER, DRILLS), List.of(withIds), List.of(), List.of());
    CatalogStore store = new CatalogStore(dir.resolve("catalog"));
    store.write(catalog, "h", null);
    assertThat(store.read().products()).containsExactly(withIds);

    store.write(CATALOG, "h", null);
    assertThat(Files.readString(dir.resolve("catalog/products.jsonl"), StandardCharsets.UTF_8))
        .doesNotContain("identifiers");
  }

  @Test
  void aProductLineWithoutIdentifiersReadsWithNone() throws Exception {
    CatalogStore store = new CatalogStore(dir.resolve("catalog"));
    store.write(CATALOG, "h", null);
    // What a catalog written before identifiers existed holds: no such property at all.
    assertThat(store.read().products().get(0).identifiers()).isEmpty();
    assertThat(store.read().products()).containsExactly(DRILL);
  }

  @Test
  void aDirectoryWithoutManifestIsNoCatalog() throws Exception {
    Files.createDirectories(dir.resolve("catalog"));
    Files.writeString(dir.resolve("catalog/products.jsonl"), "{}\n", StandardCharsets.UTF_8);
    CatalogStore store = new CatalogStore(dir.resolve("catalog"));

    assertThat(store.exists()).isFalse();
    assertThatThrownBy(store::read).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void rewritingReplacesTheWholeDirectoryAndLeavesNoTemporaries() throws Exception {
    CatalogStore store = new CatalogStore(dir.resolve("catalog"));
    store.write(
        CATALOG,
        "h1",
        d -> Files.writeString(d.resolve("old-report.csv"), "x", StandardCharsets.UTF_8));
    Catalog empty = new Catalog("v2", List.of(), List.of(), List.of(), List.of(), List.of());
    store.write(empty, "h2", null);

    assertThat(store.read()).isEqualTo(empty);
    assertThat(Files.exists(dir.resolve("catalog/old-report.csv"))).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("catalog");
    }
  }
}
