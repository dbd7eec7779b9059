package kr.catalog.ingest.feed;

/**
 * The canonical fields a feed row can carry, whatever the feed calls its columns. {@link
 * #fieldName()} is the name used in reject reports.
 */
public enum FeedField {
  CODE("code"),
  MAKER("maker"),
  NAME_KO("nameKo"),
  NAME_EN("nameEn"),
  CATEGORY("category"),
  FAMILY("family"),
  /**
   * A price whose VAT treatment the {@link #VAT_INCLUDED} flag of the row tells (default:
   * excluded).
   */
  PRICE("price"),
  /** A price the column header declares VAT-included ({@code 판매가(VAT포함)}). */
  PRICE_VAT_INCLUDED("price"),
  VAT_INCLUDED("vatIncluded"),
  ORIGIN("origin"),
  BRAND("brand"),
  PRIVATE_BRAND("privateBrand"),
  NEW_PRODUCT("newProduct"),
  DISCONTINUED("discontinued"),
  WEIGHT("weight"),
  LENGTH("length"),
  /** Free specs: {@code 전압=18V; 출력=550W} in a cell, or an object in JSON. */
  SPECS("specs"),
  VIDEOS("videoUrls"),
  RELEASED("releasedOn"),
  /** When the supplier last changed the row; the newest row wins among duplicates. */
  UPDATED("updatedAt"),
  /** The maker's model number ({@code ELP-LP12}), when it differs from the catalog code. */
  MODEL_NUMBER("modelNumber"),
  /** A supplier's own article codes; several in one cell separated by {@code | ; ,}. */
  SUPPLIER_CODE("supplierCode"),
  /** GTIN-8/12/13/14 barcodes, check digit validated; several separated by {@code | ; ,}. */
  BARCODE("barcode"),
  MANUAL("manual"),
  DRAWING("drawing"),
  /** Product pictures (JPEG, PNG, WebP), several separated by {@code | ;}; the first leads. */
  IMAGE("image"),
  /** Usage video files (MP4/WebM) played on the product page; several separated by {@code | ;}. */
  VIDEO_FILE("videoFile"),
  /** WebVTT captions for the row's video file. */
  CAPTIONS("captions"),
  /** The title of the row's attached documents as the supplier names them. */
  DOCUMENT_TITLE("documentTitle");

  private final String fieldName;

  FeedField(String fieldName) {
    this.fieldName = fieldName;
  }

  /** The name used in reject reports and JSON feeds. */
  public String fieldName() {
    return fieldName;
  }
}
