package kr.catalog.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReadersTest {
  @TempDir Path dir;
  final List<FeedRow> rows = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  @Test
  void xlsxRowsCarryExcelRowNumbersHeaderUnitsAndVatNote() throws Exception {
    Path file = dir.resolve("b.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("제품목록");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row h = s.createRow(0);
      String[] headers = {"품번", "메이커", "판매가(VAT포함)", "무게(g)", "길이(inch)", "출시일", "비고"};
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("gsb-13-re");
      r.createCell(1).setCellValue("BOSCH");
      r.createCell(2).setCellValue(1357400);
      r.createCell(3).setCellValue(1250);
      r.createCell(4).setCellValue(9.8425);
      r.createCell(5).setCellValue(LocalDate.of(2024, 3, 1));
      r.getCell(5).setCellStyle(date);
      // Row 3 left empty on purpose; row 4 has a gap in its cells.
      Row r4 = s.createRow(3);
      r4.createCell(0).setCellValue("GWS 9");
      r4.createCell(2).setCellValue("가격문의");
      wb.write(out);
    }
    FeedReader.Result result =
        new XlsxFeedReader(FeedProfile.SUPPLIER).read(file, "b.xlsx", rows::add, rejects::add);

    assertThat(result.rows()).isEqualTo(2);
    assertThat(result.ignoredColumns()).containsExactly("비고");
    assertThat(rows).extracting(FeedRow::line).containsExactly(2L, 4L);
    FeedRow first = rows.getFirst();
    assertThat(first.get(FeedField.PRICE_VAT_INCLUDED)).isEqualTo("1357400");
    assertThat(first.get(FeedField.WEIGHT)).isEqualTo("1250");
    assertThat(first.defaultUnits())
        .containsEntry(FeedField.WEIGHT, "g")
        .containsEntry(FeedField.LENGTH, "inch");
    assertThat(first.get(FeedField.LENGTH)).isEqualTo("9.8425");
    assertThat(first.get(FeedField.RELEASED)).isEqualTo("2024-03-01");
    assertThat(rows.get(1).has(FeedField.MAKER)).isFalse();
    assertThat(rows.get(1).get(FeedField.PRICE_VAT_INCLUDED)).isEqualTo("가격문의");
  }

  @Test
  void jsonElementsThatAreNotObjectsAreBrokenRowsAtTheirLine() throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(
        file,
        "[\n{\"productCode\": \"GSB 13 RE\", \"price\": 1234000, \"vatIncluded\": true, \"videos\": [\"https://v.example/1\", \"https://v.example/2\"], \"specs\": {\"전압\": \"18V\"}},\n\"GSB 14 가격 문의\",\n{\"productCode\": \"GSB 15\", \"price\": 12.50}\n]\n",
        StandardCharsets.UTF_8);
    FeedReader.Result result =
        new JsonFeedReader(FeedProfile.SUPPLIER).read(file, "c.json", rows::add, rejects::add);

    assertThat(result.rows()).isEqualTo(3);
    assertThat(rows).extracting(FeedRow::line).containsExactly(2L, 4L);
    assertThat(rows.getFirst().get(FeedField.VIDEOS))
        .isEqualTo("https://v.example/1 | https://v.example/2");
    assertThat(rows.getFirst().get(FeedField.VAT_INCLUDED)).isEqualTo("true");
    assertThat(rows.getFirst().specs()).containsEntry("전압", "18V");
    // A fractional amount stays visible as such, so the normaliser can refuse it as no whole KRW.
    assertThat(rows.get(1).get(FeedField.PRICE)).isEqualTo("12.5");
    assertThat(rejects)
        .extracting(Reject::file, Reject::line, Reject::reason)
        .containsExactly(tuple("c.json", 3L, RejectReason.BROKEN_ROW));
  }

  @Test
  void aJsonSyntaxErrorKeepsTheObjectsBeforeItAndRejectsTheRestAtItsLine() throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(
        file,
        "{\"products\": [\n{\"productCode\": \"A1\"},\n{\"productCode\": \"A2\",,}\n]}\n",
        StandardCharsets.UTF_8);
    new JsonFeedReader(FeedProfile.SUPPLIER).read(file, "c.json", rows::add, rejects::add);

    assertThat(rows).extracting(r -> r.get(FeedField.CODE)).containsExactly("A1");
    assertThat(rejects)
        .extracting(Reject::line, Reject::reason)
        .containsExactly(tuple(3L, RejectReason.UNREADABLE_FILE));
  }

  @Test
  void aCsvWrittenByKoreanExcelInCp949IsReadAsCp949() throws Exception {
    Path file = dir.resolve("a.csv");
    Files.write(
        file, "제품코드;제조사;제품명\nGSB 13 RE;보쉬;충전 드릴\n".getBytes(Charset.forName("x-windows-949")));
    new CsvFeedReader(FeedProfile.SUPPLIER).read(file, "a.csv", rows::add, rejects::add);

    assertThat(rows).hasSize(1);
    assertThat(rows.getFirst().get(FeedField.MAKER)).isEqualTo("보쉬");
    assertThat(rows.getFirst().get(FeedField.NAME_KO)).isEqualTo("충전 드릴");
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "\uFEFF제품코드,제조사\nGSB 13 RE,보쉬\n", StandardCharsets.UTF_8);
    new CsvFeedReader(FeedProfile.SUPPLIER).read(file, "a.csv", rows::add, rejects::add);

    assertThat(rows.getFirst().get(FeedField.CODE)).isEqualTo("GSB 13 RE");
  }

  @Test
  void headersMapWhateverTheSupplierCallsThem() {
    assertThat(FeedColumns.resolve("판매가(VAT포함)").field()).isEqualTo(FeedField.PRICE_VAT_INCLUDED);
    assertThat(FeedColumns.resolve("판매가 (VAT 별도)").field()).isEqualTo(FeedField.PRICE);
    assertThat(FeedColumns.resolve("품명(영문)").field()).isEqualTo(FeedField.NAME_EN);
    assertThat(FeedColumns.resolve("무게(kg)"))
        .isEqualTo(new FeedColumns.Column(FeedField.WEIGHT, "kg"));
    assertThat(FeedColumns.resolve("Product_Code").field()).isEqualTo(FeedField.CODE);
    assertThat(FeedColumns.resolve("비고")).isNull();
  }
}
