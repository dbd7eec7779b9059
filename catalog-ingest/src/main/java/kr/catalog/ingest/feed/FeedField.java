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
  MANUAL("manual"),
  DRAWING("drawing");

  private final String fieldName;

  FeedField(String fieldName) {
    this.fieldName = fieldName;
  }

  /** The name used in reject reports and JSON feeds. */
  public String fieldName() {
    return fieldName;
  }
}
