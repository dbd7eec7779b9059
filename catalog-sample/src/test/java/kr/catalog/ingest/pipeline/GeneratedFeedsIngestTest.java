package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Catalog;
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
