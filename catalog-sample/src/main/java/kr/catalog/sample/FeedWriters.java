package kr.catalog.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.ingest.feed.FeedField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes generated rows in the three supplier shapes. Each file is written to a temporary name and
 * renamed, so a stopped generator never leaves half a feed under the real name.
 */
final class FeedWriters {
  private FeedWriters() {}

  /** Supplier A's CSV columns: Korean headers, units in the values. */
  static final Map<String, FeedField> CSV_COLUMNS =
      columns(
          "제품코드",
          FeedField.CODE,
          "제조사",
          FeedField.MAKER,
          "제품명",
          FeedField.NAME_KO,
          "영문제품명",
          FeedField.NAME_EN,
          "분류",
          FeedField.CATEGORY,
          "모델군",
          FeedField.FAMILY,
          "정가",
          FeedField.PRICE,
          "부가세포함",
          FeedField.VAT_INCLUDED,
          "원산지",
          FeedField.ORIGIN,
          "브랜드",
          FeedField.BRAND,
          "PB여부",
          FeedField.PRIVATE_BRAND,
          "신제품",
          FeedField.NEW_PRODUCT,
          "단종",
          FeedField.DISCONTINUED,
          "중량",
          FeedField.WEIGHT,
          "길이",
          FeedField.LENGTH,
          "규격",
          FeedField.SPECS,
          "동영상",
          FeedField.VIDEOS,
          "동영상파일",
          FeedField.VIDEO_FILE,
          "자막",
          FeedField.CAPTIONS,
          "출시일",
          FeedField.RELEASED,
          "수정일",
          FeedField.UPDATED,
          "매뉴얼",
          FeedField.MANUAL,
          "도면",
          FeedField.DRAWING,
          "이미지",
          FeedField.IMAGE,
          "모델번호",
          FeedField.MODEL_NUMBER,
          "공급사코드",
          FeedField.SUPPLIER_CODE,
          "바코드",
          FeedField.BARCODE);

  /** Supplier B's workbook columns: other Korean headers, units and VAT in the headers. */
  static final Map<String, FeedField> XLSX_COLUMNS =
      columns(
          "품번",
          FeedField.CODE,
          "메이커",
          FeedField.MAKER,
          "품명",
          FeedField.NAME_KO,
          "품명(영문)",
          FeedField.NAME_EN,
          "카테고리",
          FeedField.CATEGORY,
          "시리즈",
          FeedField.FAMILY,
          "판매가(VAT포함)",
          FeedField.PRICE_VAT_INCLUDED,
          "원산지",
          FeedField.ORIGIN,
          "상표",
          FeedField.BRAND,
          "자체브랜드",
          FeedField.PRIVATE_BRAND,
          "신상품",
          FeedField.NEW_PRODUCT,
          "단종여부",
          FeedField.DISCONTINUED,
          "무게(g)",
          FeedField.WEIGHT,
          "길이(inch)",
          FeedField.LENGTH,
          "사양",
          FeedField.SPECS,
          "영상링크",
          FeedField.VIDEOS,
          "영상파일",
          FeedField.VIDEO_FILE,
          "자막파일",
          FeedField.CAPTIONS,
          "출시일",
          FeedField.RELEASED,
          "최종수정일",
          FeedField.UPDATED,
          "설명서",
          FeedField.MANUAL,
          "도면",
          FeedField.DRAWING,
          "제품사진",
          FeedField.IMAGE,
          "모델명",
          FeedField.MODEL_NUMBER,
          "바코드번호",
          FeedField.BARCODE,
          "비고",
          null);

  /** Supplier C's JSON keys. */
  static final Map<String, FeedField> JSON_KEYS =
      columns(
          "productCode",
          FeedField.CODE,
          "maker",
          FeedField.MAKER,
          "nameKo",
          FeedField.NAME_KO,
          "nameEn",
          FeedField.NAME_EN,
          "category",
          FeedField.CATEGORY,
          "family",
          FeedField.FAMILY,
          "price",
          FeedField.PRICE,
          "vatIncluded",
          FeedField.VAT_INCLUDED,
          "origin",
          FeedField.ORIGIN,
          "brand",
          FeedField.BRAND,
          "privateBrand",
          FeedField.PRIVATE_BRAND,
          "isNew",
          FeedField.NEW_PRODUCT,
          "discontinued",
          FeedField.DISCONTINUED,
          "weight",
          FeedField.WEIGHT,
          "length",
          FeedField.LENGTH,
          "videos",
          FeedField.VIDEOS,
          "videoFile",
          FeedField.VIDEO_FILE,
          "captions",
          FeedField.CAPTIONS,
          "releasedOn",
          FeedField.RELEASED,
          "updatedAt",
          FeedField.UPDATED,
          "manual",
          FeedField.MANUAL,
          "drawing",
          FeedField.DRAWING,
          "images",
          FeedField.IMAGE,
          "modelNumber",
          FeedField.MODEL_NUMBER,
          "gtin",
          FeedField.BARCODE);

  private static Map<String, FeedField> columns(Object... pairs) {
    Map<String, FeedField> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (FeedField) pairs[i + 1]);
    }
    return m;
  }

  static void writeCsv(Path file, List<CatalogGenerator.Row> rows) throws IOException {
    Path tmp = tmp(file);
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter csv =
            CSVFormat.RFC4180
                .builder()
                .setHeader(CSV_COLUMNS.keySet().toArray(String[]::new))
                .get()
                .print(out)) {
      for (CatalogGenerator.Row row : rows) {
        List<String> cells = new ArrayList<>();
        for (FeedField f : CSV_COLUMNS.values()) {
          Object v =
              f == FeedField.SPECS && !row.specs.isEmpty()
                  ? specsCell(row, "=")
                  : row.values.get(f);
          cells.add(v == null ? "" : v.toString());
        }
        if (row.extraColumn) {
          cells.add(3, "공급사 메모, 확인 필요");
        }
        csv.printRecord(cells);
      }
    }
    replace(tmp, file);
  }

  private static Object specsCell(CatalogGenerator.Row row, String sep) {
    List<String> parts = new ArrayList<>();
    row.specs.forEach((k, v) -> parts.add(k + sep + v));
    Object cell = row.values.get(FeedField.SPECS);
    if (cell != null) {
      parts.addFirst(cell.toString());
    }
    return String.join("; ", parts);
  }

  static void writeXlsx(Path file, List<CatalogGenerator.Row> rows) throws IOException {
    Path tmp = tmp(file);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Sheet sheet = wb.createSheet("제품목록");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
      int c = 0;
      for (String h : XLSX_COLUMNS.keySet()) {
        header.createCell(c++).setCellValue(h);
      }
      int r = 1;
      for (CatalogGenerator.Row row : rows) {
        org.apache.poi.ss.usermodel.Row xr = sheet.createRow(r++);
        c = 0;
        for (FeedField f : XLSX_COLUMNS.values()) {
          Object v = f == null ? null : row.values.get(f);
          int col = c++;
          if (v == null || v.toString().isEmpty()) {
            continue;
          }
          Cell cell = xr.createCell(col);
          switch (v) {
            case Long l -> cell.setCellValue(l);
            case Integer i -> cell.setCellValue(i);
            case BigDecimal d -> cell.setCellValue(d.doubleValue());
            case LocalDate d -> {
              cell.setCellValue(d);
              cell.setCellStyle(dateStyle);
            }
            default -> cell.setCellValue(v.toString());
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(tmp)) {
        wb.write(out);
      }
    }
    replace(tmp, file);
  }

  static void writeJson(Path file, List<CatalogGenerator.Row> rows) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Path tmp = tmp(file);
    try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      out.write("[\n");
      for (int i = 0; i < rows.size(); i++) {
        CatalogGenerator.Row row = rows.get(i);
        if (row.notAnObject != null) {
          out.write(row.notAnObject);
        } else {
          ObjectNode o = mapper.createObjectNode();
          for (Map.Entry<String, FeedField> e : JSON_KEYS.entrySet()) {
            Object v = row.values.get(e.getValue());
            switch (v) {
              case null -> {}
              case Boolean b -> o.put(e.getKey(), b);
              case Long l -> o.put(e.getKey(), l);
              case List<?> list -> {
                if (!list.isEmpty()) {
                  ArrayNode a = o.putArray(e.getKey());
                  list.forEach(x -> a.add(x.toString()));
                }
              }
              default -> o.put(e.getKey(), v.toString());
            }
          }
          if (!row.specs.isEmpty()) {
            ObjectNode specs = o.putObject("specs");
            row.specs.forEach(specs::put);
          }
          out.write(mapper.writeValueAsString(o));
        }
        out.write(i + 1 < rows.size() ? ",\n" : "\n");
      }
      out.write("]\n");
    }
    replace(tmp, file);
  }

  private static Path tmp(Path file) {
    return file.resolveSibling("." + file.getFileName() + ".tmp");
  }

  private static void replace(Path tmp, Path file) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
