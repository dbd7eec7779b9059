package kr.catalog.ingest.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.catalog.model.Text;

/**
 * Maps the column names suppliers use (Korean or English, with or without a unit or VAT note in
 * parentheses) to {@link FeedField}s.
 *
 * <p>Header matching ignores case, spaces, {@code _} and {@code -}. A parenthesised suffix can
 * carry a unit ({@code 무게(g)}, {@code 길이(inch)}: the default unit of that column's bare numbers) or
 * a VAT note ({@code 판매가(VAT포함)}: the column is VAT-included; {@code (VAT별도)}: excluded), or say
 * English ({@code 품명(영문)}).
 */
public final class FeedColumns {
  /** One resolved column: its field and the unit its bare numbers are in, if the header says. */
  public record Column(FeedField field, String defaultUnit) {}

  private static final Pattern PARENS = Pattern.compile("^(.*?)[(\\[]([^)\\]]*)[)\\]]$");
  private static final Map<String, FeedField> NAMES = new HashMap<>();
  private static final List<String> UNITS =
      List.of("mm", "cm", "m", "in", "inch", "g", "kg", "lb", "lbs");

  static {
    names(FeedField.CODE, "제품코드", "품번", "상품코드", "코드", "code", "productcode", "itemcode", "sku");
    names(FeedField.MAKER, "제조사", "메이커", "제조사명", "제조업체", "maker", "manufacturer");
    names(FeedField.NAME_KO, "제품명", "품명", "상품명", "namekO", "name", "productname");
    names(FeedField.NAME_EN, "영문제품명", "영문품명", "영문명", "nameen", "englishname");
    names(FeedField.CATEGORY, "분류", "카테고리", "분류코드", "category", "categorypath");
    names(FeedField.FAMILY, "모델군", "시리즈", "family", "series");
    names(FeedField.PRICE, "정가", "판매가", "가격", "단가", "소비자가", "price", "listprice");
    names(FeedField.VAT_INCLUDED, "부가세포함", "vat포함", "부가세", "vatincluded");
    names(FeedField.ORIGIN, "원산지", "제조국", "origin", "country");
    names(FeedField.BRAND, "브랜드", "상표", "brand");
    names(FeedField.PRIVATE_BRAND, "pb", "pb여부", "자체브랜드", "privatebrand");
    names(FeedField.NEW_PRODUCT, "신제품", "신상품", "new", "isnew", "newproduct");
    names(FeedField.DISCONTINUED, "단종", "단종여부", "discontinued");
    names(FeedField.WEIGHT, "중량", "무게", "weight");
    names(FeedField.LENGTH, "길이", "치수", "전장", "length");
    names(FeedField.SPECS, "규격", "사양", "스펙", "specs", "spec");
    names(FeedField.VIDEOS, "동영상", "영상링크", "사용영상", "video", "videos", "videourls");
    names(FeedField.RELEASED, "출시일", "발매일", "released", "releasedon", "releasedate");
    names(FeedField.UPDATED, "수정일", "최종수정일", "갱신일", "updated", "updatedat", "modified");
    names(FeedField.MODEL_NUMBER, "모델번호", "모델명", "모델", "model", "modelno", "modelnumber", "mpn");
    names(
        FeedField.SUPPLIER_CODE,
        "공급사코드",
        "공급업체코드",
        "거래처코드",
        "공급사품번",
        "suppliercode",
        "suppliersku",
        "vendorcode");
    names(FeedField.BARCODE, "바코드", "바코드번호", "barcode", "gtin", "ean", "upc", "jan");
    names(FeedField.MANUAL, "매뉴얼", "설명서", "manual");
    names(FeedField.DRAWING, "도면", "drawing");
    names(
        FeedField.IMAGE,
        "이미지",
        "제품이미지",
        "사진",
        "제품사진",
        "image",
        "images",
        "picture",
        "pictures",
        "photo");
    names(FeedField.VIDEO_FILE, "동영상파일", "영상파일", "videofile", "videofiles");
    names(FeedField.CAPTIONS, "자막", "자막파일", "captions", "subtitles");
    names(FeedField.DOCUMENT_TITLE, "자료명", "문서명", "매뉴얼명", "documenttitle", "manualtitle");
  }

  private FeedColumns() {}

  private static void names(FeedField field, String... names) {
    for (String n : names) {
      NAMES.put(key(n), field);
    }
  }

  private static String key(String header) {
    return Text.lower(Text.clean(header)).replaceAll("[\\s_\\-]", "");
  }

  /** The column a header names, or {@code null} when the header is not known. */
  public static Column resolve(String header) {
    if (header == null) {
      return null;
    }
    String k = key(header);
    Matcher m = PARENS.matcher(k);
    String base = k;
    String note = null;
    if (m.matches()) {
      base = m.group(1);
      note = m.group(2);
    }
    FeedField field = NAMES.get(base);
    if (field == null) {
      return null;
    }
    if (note == null) {
      return new Column(field, null);
    }
    if (note.contains("vat") || note.contains("부가세")) {
      boolean excluded = note.contains("별도") || note.contains("제외") || note.contains("excl");
      return new Column(
          field == FeedField.PRICE && !excluded ? FeedField.PRICE_VAT_INCLUDED : field, null);
    }
    if (field == FeedField.NAME_KO && (note.equals("영문") || note.equals("en"))) {
      return new Column(FeedField.NAME_EN, null);
    }
    return new Column(field, UNITS.contains(note) ? note : null);
  }
}
