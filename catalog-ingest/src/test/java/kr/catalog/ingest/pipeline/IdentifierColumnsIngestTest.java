package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Identifier;
import kr.catalog.model.Identifier.Kind;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model numbers, supplier codes and barcodes from feed columns, Korean or English headers. */
class IdentifierColumnsIngestTest {
  @TempDir Path dir;

  private IngestResult ingest(String name, String header, String... lines) throws Exception {
    Path feeds = Feeds.masters(dir.resolve("feeds"));
    Files.writeString(
        feeds.resolve(name),
        header + "\n" + String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8);
    return new IngestPipeline(IngestOptions.of(feeds, dir.resolve("out"))).run();
  }

  private static Product product(IngestResult r, String codeKey) {
    return r.catalog().products().stream()
        .filter(p -> p.codeKey().equals(codeKey))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void koreanHeadersGiveEveryKindOfIdentifier() throws Exception {
    IngestResult r =
        ingest(
            "a.csv",
            "제품코드,제조사,제품명,분류,정가,모델번호,공급사코드,바코드",
            "HB-1001,보쉬,드릴,01.01,1000,GSB 13 RE Professional,HB-0042|SUP 77,8801234567893");
    assertThat(product(r, "HB1001").identifiers())
        .containsExactly(
            new Identifier(Kind.MODEL_NUMBER, "GSB 13 RE Professional"),
            new Identifier(Kind.SUPPLIER_CODE, "HB-0042"),
            new Identifier(Kind.SUPPLIER_CODE, "SUP 77"),
            new Identifier(Kind.BARCODE, "8801234567893"));
    assertThat(r.rejects()).isEmpty();
  }

  @Test
  void englishHeadersAndSpacedBarcodes() throws Exception {
    IngestResult r =
        ingest(
            "b.csv",
            "code,maker,name,category,price,modelno,supplier code,gtin",
            "HB-1002,보쉬,드릴,01.01,1000,gsb-14-re,X1,4006381 333931;96385074");
    assertThat(product(r, "HB1002").identifiers())
        .containsExactly(
            new Identifier(Kind.MODEL_NUMBER, "gsb-14-re"),
            new Identifier(Kind.SUPPLIER_CODE, "X1"),
            new Identifier(Kind.BARCODE, "4006381333931"),
            new Identifier(Kind.BARCODE, "96385074"));
  }

  @Test
  void aWrongCheckDigitIsReportedAtItsLineAndTheRowIsKept() throws Exception {
    IngestResult r =
        ingest(
            "c.csv",
            "제품코드,제조사,제품명,분류,정가,모델,바코드",
            "HB-1003,보쉬,드릴 A,01.01,1000,M-1,8801234567893",
            "HB-1004,보쉬,드릴 B,01.01,2000,M-2,8801234567891|12345");
    Product kept = product(r, "HB1004");
    assertThat(kept.nameKo()).isEqualTo("드릴 B");
    assertThat(kept.listPrice()).isEqualTo(2000L);
    assertThat(kept.identifiers()).containsExactly(new Identifier(Kind.MODEL_NUMBER, "M-2"));
    assertThat(r.rejects())
        .containsExactlyInAnyOrder(
            Reject.atRow(
                "c.csv",
                3,
                "barcode",
                RejectReason.INVALID_BARCODE,
                "barcode '8801234567891' has a wrong check digit (it should end in 3); the"
                    + " barcode is left out, the product kept"),
            Reject.atRow(
                "c.csv",
                3,
                "barcode",
                RejectReason.INVALID_BARCODE,
                "barcode '12345' is not a GTIN-8, -12, -13 or -14 (8, 12, 13 or 14 digits); the"
                    + " barcode is left out, the product kept"));
  }

  @Test
  void aModelNumberEqualToTheCatalogCodeAddsNothing() throws Exception {
    IngestResult r =
        ingest("d.csv", "제품코드,제조사,제품명,분류,정가,모델번호", "GSB 13 RE,보쉬,드릴,01.01,1000,gsb-13-re");
    assertThat(product(r, "GSB13RE").identifiers()).isEqualTo(List.of());
  }
}
