package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tricky rows of supplier feeds, each named, through the whole pipeline. */
class SupplierRowsIngestTest {
  @TempDir Path dir;

  private IngestResult ingest(String... lines) throws Exception {
    Path feeds = Feeds.masters(dir.resolve("feeds"));
    Feeds.csv(feeds, "a.csv", lines);
    return new IngestPipeline(IngestOptions.of(feeds, dir.resolve("out"))).run();
  }

  private static Product product(IngestResult r, String codeKey) {
    return r.catalog().products().stream()
        .filter(p -> p.codeKey().equals(codeKey))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void makerSpellingsOfOneMakerBecomeOneMaker() throws Exception {
    IngestResult r =
        ingest(
            "GSB 13 RE,BOSCH,드릴 A,01.01,1000,N,1kg,",
            "GSB 14 RE,Bosch Korea (주),드릴 B,01.01,1000,N,1kg,",
            "GSB 15 RE,bosch gmbh,드릴 C,01.01,1000,N,1kg,",
            "GSB 16 RE,보쉬,드릴 D,01.01,1000,N,1kg,");
    assertThat(r.catalog().makers()).containsExactly(Feeds.BOSCH);
    assertThat(r.catalog().products()).extracting(Product::makerId).containsOnly("bosch");
  }

  @Test
  void aVatIncludedPriceIsStoredWithoutVat() throws Exception {
    IngestResult r =
        ingest(
            "GSB 13 RE,보쉬,드릴,01.01,\"₩1,357,400\",Y,1kg,",
            "GWS 9-125,보쉬,그라인더,01.02,\"1,234,000원\",N,1kg,");
    assertThat(product(r, "GSB13RE").listPrice()).isEqualTo(1_234_000L);
    assertThat(product(r, "GWS9125").listPrice()).isEqualTo(1_234_000L);
  }

  @Test
  void weightsInGramsAndKilogramsBecomeOneSpec() throws Exception {
    IngestResult r =
        ingest(
            "GSB 13 RE,보쉬,드릴,01.01,1000,N,1200g,",
            "GSB 14 RE,보쉬,드릴,01.01,1000,N,\"1,200 g\",",
            "GSB 15 RE,보쉬,드릴,01.01,1000,N,1.2kg,");
    assertThat(r.catalog().products())
        .extracting(p -> p.specs().get("무게"))
        .containsExactly("1.2 kg", "1.2 kg", "1.2 kg");
  }

  @Test
  void duplicateCodeKeysKeepTheNewestRowAndReportTheOther() throws Exception {
    IngestResult r =
        ingest(
            "GSB 13 RE,보쉬,드릴 구형,01.01,1000,N,1kg,2024-01-01 09:00",
            "gsb-13-re,보쉬,드릴 신형,01.01,2000,N,1kg,2025-01-01 09:00");
    assertThat(r.catalog().products()).hasSize(1);
    Product p = product(r, "GSB13RE");
    assertThat(p.nameKo()).isEqualTo("드릴 신형");
    assertThat(p.code()).isEqualTo("GSB-13-RE"); // the winning row's form, upper-cased
    assertThat(r.rejects())
        .containsExactly(
            Reject.atRow(
                "a.csv",
                2,
                "code",
                RejectReason.DUPLICATE,
                "code 'GSB 13 RE' (key GSB13RE) is superseded by a.csv:3 (newer updatedAt)"));
  }

  @Test
  void duplicatesWithoutDatesKeepTheFullerRowThenTheFirst() throws Exception {
    IngestResult r =
        ingest(
            "GSB 13 RE,보쉬,드릴 빈약,01.01,1000,,,",
            "GSB13RE,보쉬,드릴 충실,01.01,1000,N,1kg,",
            "GWS 9,보쉬,그라인더 첫째,01.02,1000,N,1kg,",
            "gws-9,보쉬,그라인더 둘째,01.02,1000,N,1kg,");
    assertThat(product(r, "GSB13RE").nameKo()).isEqualTo("드릴 충실");
    assertThat(product(r, "GWS9").nameKo()).isEqualTo("그라인더 첫째");
    assertThat(r.rejects())
        .extracting(Reject::line, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, RejectReason.DUPLICATE),
            org.assertj.core.groups.Tuple.tuple(5L, RejectReason.DUPLICATE));
  }

  @Test
  void brokenRowsAreRejectedWithFileLineFieldAndReason() throws Exception {
    IngestResult r =
        ingest(
            "GSB 13 RE,보쉬,드릴,01.01,1000,N,1kg,",
            ",보쉬,코드없음,01.01,1000,N,1kg,",
            "GSB 14 RE,Acme,드릴,01.01,1000,N,1kg,",
            "GSB 15 RE,보쉬,드릴,01,1000,N,1kg,",
            "GSB 16 RE,보쉬,드릴,01.01,가격문의,N,1kg,",
            "GSB 17 RE,보쉬,드릴,01.01,1000,N,약 2kg,",
            "GSB 18 RE,보쉬,드릴,01.01,1000,N,1kg,,한 칸 더",
            "\"GSB 19\nRE\",보쉬,줄바꿈 코드,01.01,1000,N,1kg,",
            "GSB 20 RE,보쉬,,01.01,1000,N,1kg,");
    assertThat(r.catalog().products())
        .extracting(Product::codeKey)
        .containsExactly("GSB13RE", "GSB19RE");
    assertThat(r.rejects())
        .extracting(Reject::file, Reject::line, Reject::field, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.csv", 3L, "code", RejectReason.MISSING_FIELD),
            org.assertj.core.groups.Tuple.tuple("a.csv", 4L, "maker", RejectReason.UNKNOWN_MAKER),
            org.assertj.core.groups.Tuple.tuple(
                "a.csv", 5L, "category", RejectReason.UNKNOWN_CATEGORY),
            org.assertj.core.groups.Tuple.tuple("a.csv", 6L, "price", RejectReason.INVALID_PRICE),
            org.assertj.core.groups.Tuple.tuple("a.csv", 7L, "weight", RejectReason.INVALID_UNIT),
            org.assertj.core.groups.Tuple.tuple("a.csv", 8L, null, RejectReason.BROKEN_ROW),
            // The record with a line break spans lines 9-10: the next record starts on line 11.
            org.assertj.core.groups.Tuple.tuple(
                "a.csv", 11L, "nameKo", RejectReason.MISSING_FIELD));
    assertThat(r.summary().rejectsByReason())
        .containsEntry(RejectReason.MISSING_FIELD, 2L)
        .containsEntry(RejectReason.DUPLICATE, 0L);
  }

  @Test
  void tooManyRejectsGiveExitCodeOne() throws Exception {
    IngestResult r =
        ingest("GSB 13 RE,보쉬,드릴,01.01,1000,N,1kg,", "GSB 14 RE,Acme,드릴,01.01,1000,N,1kg,");
    assertThat(r.summary().errorRate()).isEqualTo(0.5);
    assertThat(r.exitCode(0.05)).isEqualTo(IngestResult.FAILED);
    assertThat(r.exitCode(0.5)).isEqualTo(IngestResult.OK);
  }

  @Test
  void anUnknownFileIsRejectedAsAWholeAndTheRunGoesOn() throws Exception {
    Path feeds = Feeds.masters(dir.resolve("feeds"));
    Feeds.csv(feeds, "a.csv", "GSB 13 RE,보쉬,드릴,01.01,1000,N,1kg,");
    java.nio.file.Files.writeString(
        feeds.resolve("notes.docx"), "x", java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Files.writeString(
        feeds.resolve("prices.csv"), "단가,비고\n1,2\n", java.nio.charset.StandardCharsets.UTF_8);
    IngestResult r = new IngestPipeline(IngestOptions.of(feeds, dir.resolve("out"))).run();
    assertThat(r.catalog().products()).hasSize(1);
    assertThat(r.rejects())
        .extracting(Reject::file, Reject::line, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "notes.docx", null, RejectReason.UNSUPPORTED_FORMAT),
            org.assertj.core.groups.Tuple.tuple(
                "prices.csv", null, RejectReason.UNSUPPORTED_FORMAT));
    assertThat(r.summary().productsByTopCategory())
        .isEqualTo(new java.util.TreeMap<>(Map.of("01", 1L)));
  }

  /** Issue #9: a feed that is not what its name says is reported as a file and isolated. */
  @Test
  void aCorruptSpreadsheetAndATruncatedJsonFeedAreReportedAndTheOtherFeedsLoad() throws Exception {
    Path feeds = Feeds.masters(dir.resolve("feeds"));
    Feeds.csv(feeds, "a.csv", "GSB 13 RE,보쉬,드릴,01.01,1000,N,1kg,");
    // Not a zip at all, and a zip cut short: both claim to be workbooks.
    java.nio.file.Files.writeString(
        feeds.resolve("broken.xlsx"), "PK garbage", java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Files.write(
        feeds.resolve("cut.xlsx"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06});
    java.nio.file.Files.writeString(
        feeds.resolve("cut.json"),
        "[{\"제품코드\":\"GSB 14 RE\",\"제조사\":\"보쉬\",\"제품명\":\"드릴\",",
        java.nio.charset.StandardCharsets.UTF_8);
    IngestResult r = new IngestPipeline(IngestOptions.of(feeds, dir.resolve("out"))).run();
    assertThat(r.catalog().products()).extracting(Product::codeKey).containsExactly("GSB13RE");
    assertThat(r.rejects())
        .extracting(Reject::file)
        .contains("broken.xlsx", "cut.xlsx", "cut.json");
    assertThat(r.rejects())
        .filteredOn(reject -> reject.file().endsWith(".xlsx"))
        .extracting(Reject::file, Reject::line, Reject::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("broken.xlsx", null, RejectReason.UNREADABLE_FILE),
            org.assertj.core.groups.Tuple.tuple("cut.xlsx", null, RejectReason.UNREADABLE_FILE));
  }
}
