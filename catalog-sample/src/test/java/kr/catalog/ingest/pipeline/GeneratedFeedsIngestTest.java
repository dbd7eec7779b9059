package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Catalog;
import kr.catalog.model.Gtin;
import kr.catalog.model.Identifier;
import kr.catalog.model.Product;
import kr.catalog.sample.CatalogGenerator;
import kr.catalog.sample.GeneratedFeeds;
import kr.catalog.sample.GeneratedFeeds.ExpectedReject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exactness rule at sample size, through the same code path as the full size: the messy feeds
 * ingest to exactly the canonical catalog the generator encoded, and exactly the rows it broke or
 * duplicated are rejected, at the file and line it wrote them.
 */
class GeneratedFeedsIngestTest {
  @TempDir static Path dir;
  static GeneratedFeeds generated;
  static IngestResult result;

  @BeforeAll
  static void generateAndIngest() throws Exception {
    generated =
        new CatalogGenerator(CatalogGenerator.Size.SAMPLE)
            .generate(dir.resolve("feeds"), Progress.NONE);
    result = new IngestPipeline(IngestOptions.of(dir.resolve("feeds"), dir.resolve("out"))).run();
  }

  @Test
  void countsAreExactlyNineTopCategoriesAndTheSizesMakersAndProducts() {
    Catalog c = result.catalog();
    assertThat(c.categories().stream().filter(x -> x.isTop()).count()).isEqualTo(9);
    assertThat(c.makers()).hasSize(36);
    assertThat(c.products()).hasSize(600);
    assertThat(result.summary().topCategories()).isEqualTo(9);
  }

  @Test
  void everyProductIsExactlyTheCanonicalOneDespiteMessyForms() {
    assertThat(result.catalog().products()).containsExactlyElementsOf(generated.products());
  }

  /**
   * The generator's expectations and the pipeline share no code for these, but both could still be
   * wrong the same way; so a few messy rows of the fixed seed, with what ingest must make of them
   * worked out by hand from the README's rules and written as literals.
   */
  @Test
  void messyRowsBecomeTheProductsWorkedOutByHand() {
    Map<String, Product> byKey =
        result.catalog().products().stream()
            .collect(Collectors.toMap(Product::codeKey, Function.identity()));
    // supplier A: full-width code with spaces, English maker name, "₩3,120,000", 51067g, 86mm
    Product fitting = byKey.get("KY13QR");
    assertThat(fitting.code()).isEqualTo("KY 13 QR");
    assertThat(fitting.makerId()).isEqualTo("kyungwon");
    assertThat(fitting.listPrice()).isEqualTo(3_120_000L);
    assertThat(fitting.origin()).isEqualTo("KR");
    assertThat(fitting.specs()).containsEntry("무게", "51.067 kg").containsEntry("길이", "86 mm");
    // supplier A: lower-case code, Korean maker name, "1,145,100원", 4562g, 282mm
    Product hammer = byKey.get("HI359M");
    assertThat(hammer.code()).isEqualTo("HI-359M");
    assertThat(hammer.makerId()).isEqualTo("hilti");
    assertThat(hammer.listPrice()).isEqualTo(1_145_100L);
    assertThat(hammer.origin()).isEqualTo("CH");
    assertThat(hammer.specs()).containsEntry("무게", "4.562 kg").containsEntry("길이", "282 mm");
    // supplier A: a variant written run together, maker "Bosch", family column given, "₩425,200"
    Product endMill = byKey.get("BOS828388XL");
    assertThat(endMill.code()).isEqualTo("BOS828388XL");
    assertThat(endMill.family()).isEqualTo("BOS828388");
    assertThat(endMill.makerId()).isEqualTo("bosch");
    assertThat(endMill.listPrice()).isEqualTo(425_200L);
    // supplier C: maker "블루버드 주식회사", 467390 VAT included: (10 * 467390 + 5) / 11 = 424900
    Product micrometer = byKey.get("BL1198");
    assertThat(micrometer.code()).isEqualTo("BL/119-8");
    assertThat(micrometer.makerId()).isEqualTo("bluebird");
    assertThat(micrometer.listPrice()).isEqualTo(424_900L);
    assertThat(micrometer.discontinued()).isTrue();
    assertThat(micrometer.specs()).containsEntry("무게", "0.464 kg");
    // supplier C: maker "(주)메타보", code with dot and dash
    Product wrench = byKey.get("MET156052L");
    assertThat(wrench.code()).isEqualTo("MET1560.52-L");
    assertThat(wrench.family()).isEqualTo("MET156052");
    assertThat(wrench.makerId()).isEqualTo("metabo");
    assertThat(wrench.listPrice()).isEqualTo(486_900L);
  }

  @Test
  void makersAndCategoriesAreTheMasters() {
    assertThat(result.catalog().makers()).containsExactlyElementsOf(generated.makers());
    assertThat(result.catalog().categories()).containsExactlyElementsOf(generated.categories());
  }

  @Test
  void everyBrokenOrDuplicateRowIsRejectedAtItsFileAndLine() {
    List<ExpectedReject> actual =
        result.rejects().stream()
            .map(r -> new ExpectedReject(r.file(), r.line(), r.field(), r.reason()))
            .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(generated.rejects());
  }

  @Test
  void partOfTheProductsHaveModelNumbersBarcodesAndSupplierAsCodes() {
    List<Product> products = result.catalog().products();
    Map<Identifier.Kind, Long> withKind = new java.util.EnumMap<>(Identifier.Kind.class);
    for (Product p : products) {
      p.identifiers().stream()
          .map(Identifier::kind)
          .distinct()
          .forEach(k -> withKind.merge(k, 1L, Long::sum));
      for (Identifier id : p.identifiers()) {
        assertThat(id.key()).isNotEqualTo(p.codeKey());
        if (id.kind() == Identifier.Kind.BARCODE) {
          assertThat(Gtin.isValid(id.value())).as(id.value()).isTrue();
          assertThat(id.value()).startsWith("880");
        }
      }
    }
    // 40 % model numbers, 55 % barcodes, 70 % of supplier A's rows (45 % of products).
    assertThat(withKind.get(Identifier.Kind.MODEL_NUMBER)).isBetween(180L, 300L);
    assertThat(withKind.get(Identifier.Kind.BARCODE)).isBetween(260L, 400L);
    assertThat(withKind.get(Identifier.Kind.SUPPLIER_CODE)).isBetween(120L, 260L);
    assertThat(products.stream().filter(p -> p.identifiers().isEmpty()).count()).isPositive();
    // The wrong check digit: reported at its line, the product still there.
    assertThat(result.rejects())
        .filteredOn(r -> r.reason() == RejectReason.INVALID_BARCODE)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.message()).contains("wrong check digit"));
  }

  @Test
  void everyBrokenKindOccursInTheSample() {
    assertThat(result.summary().rejectsByReason())
        .containsEntry(RejectReason.MISSING_FIELD, 6L)
        .containsEntry(RejectReason.INVALID_CODE, 3L)
        .containsEntry(RejectReason.UNKNOWN_MAKER, 3L)
        .containsEntry(RejectReason.UNKNOWN_CATEGORY, 3L)
        .containsEntry(RejectReason.INVALID_PRICE, 3L)
        .containsEntry(RejectReason.INVALID_UNIT, 3L)
        .containsEntry(RejectReason.BROKEN_ROW, 2L)
        .containsEntry(RejectReason.INVALID_VALUE, 4L)
        .containsEntry(RejectReason.DUPLICATE, 18L);
    assertThat(result.exitCode(IngestOptions.DEFAULT_MAX_ERROR_RATE)).isZero();
  }
}
