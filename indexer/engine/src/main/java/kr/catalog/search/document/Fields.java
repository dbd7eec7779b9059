package kr.catalog.search.document;

import java.util.List;

/** Field names shared by both backends (the Elasticsearch mapping uses the same names). */
public final class Fields {

  // Full-text fields: analysed in Java, terms joined by single spaces.
  /** Korean and English product names. */
  public static final String NAME = "name";

  /** The product code as words ({@code gsb 13 re}) plus its key as one term ({@code gsb13re}). */
  public static final String CODE = "code";

  /** Maker names in Korean and English, every alias, and the brand. */
  public static final String MAKER = "maker";

  /** Names of the product's category and all its ancestors. */
  public static final String CATEGORY = "category";

  /** Specification keys and values. */
  public static final String SPECS = "specs";

  /** Extracted text of manuals and datasheets. */
  public static final String MANUAL = "manual";

  /** The text fields in the order their boosts are listed by the relevance model. */
  public static final List<String> TEXT_FIELDS =
      List.of(NAME, CODE, MAKER, CATEGORY, SPECS, MANUAL);

  // Keywords: exact values.
  /** The code key ({@code GSB13RE}); unique, the document id, the last sort tie-breaker. */
  public static final String CODE_KEY = "code_key";

  /** Every suffix of the code key, for infix lookup as a prefix query. */
  public static final String CODE_INFIX = "code_infix";

  /**
   * The matching key of every other identifier of the product (model number, supplier codes,
   * barcodes, and a barcode's 14-digit form too), for exact and prefix lookup ({@link
   * IdentifierTerms}).
   */
  public static final String IDENT_KEY = "ident_key";

  /** Every suffix of each identifier key, for infix lookup as a prefix query. */
  public static final String IDENT_INFIX = "ident_infix";

  /** The product's other identifiers as {@code KIND:value}, stored only, to say which matched. */
  public static final String IDENTIFIERS = "identifiers";

  /** The maker id. */
  public static final String MAKER_ID = "maker_id";

  /** The category id and the ids of all its ancestors (filter and facet on any tree level). */
  public static final String CATEGORY_PATH = "category_path";

  /** Country of origin. */
  public static final String ORIGIN = "origin";

  /** Brand as printed. */
  public static final String BRAND = "brand";

  /** Flags: {@code new}, {@code discount}, {@code pb}, {@code in_stock}, {@code discontinued}. */
  public static final String FLAGS = "flags";

  /**
   * Codes of the branch stores with the product available now (from {@code
   * ProductSignals.Signal#stores()}): the store filter and facet ("in stock at 성수점").
   */
  public static final String STORES = "stores";

  /** Product family key, for grouping variants. */
  public static final String FAMILY = "family";

  /** Initial consonants of maker names ({@code ㅂㅅ}). */
  public static final String MAKER_CHOSUNG = "maker_chosung";

  // Numbers.
  /** List price in KRW. */
  public static final String PRICE = "price";

  /** Release date as epoch day, 0 when unknown (sorts last among the newest). */
  public static final String RELEASED = "released";

  // Stored only, for displaying a hit.
  /** Code as printed. */
  public static final String CODE_DISPLAY = "code_display";

  /** Korean name as printed. */
  public static final String NAME_KO = "name_ko";

  /** English name as printed. */
  public static final String NAME_EN = "name_en";

  /** Leaf category id. */
  public static final String CATEGORY_ID = "category_id";

  /** Flag value marking products that are kept only for lookup of old codes. */
  public static final String DISCONTINUED_FLAG = "discontinued";

  private Fields() {}
}
