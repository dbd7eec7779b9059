package kr.catalog.model;

import java.util.Objects;

/**
 * One identifier a product is known by besides its catalog code: the maker's model number, a
 * supplier's code, or a barcode. The catalog code itself is {@link Product#code()}; {@link
 * Kind#CATALOG_CODE} names it where all identifiers are listed together (a lookup answer).
 *
 * @param kind what the identifier is
 * @param value as the feed printed it (a barcode: its digits, check digit included)
 */
public record Identifier(Kind kind, String value) {
  public Identifier {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /** The kinds of product identifiers. */
  public enum Kind {
    /** The distributor's catalog code, {@link Product#code()}. */
    CATALOG_CODE,
    /** The maker's model number ({@code ELP-LP12}). */
    MODEL_NUMBER,
    /** A supplier's own article code. */
    SUPPLIER_CODE,
    /** A GTIN-8, -12 (UPC-A), -13 (EAN) or -14 barcode with a valid check digit ({@link Gtin}). */
    BARCODE
  }

  /**
   * The matching key: a barcode's digits ({@link Gtin#digits}), any other identifier's {@link
   * Keys#codeKey}, so an identifier typed with other separators, spaces or case meets it.
   */
  public String key() {
    return kind == Kind.BARCODE ? Gtin.digits(value) : Keys.codeKey(value);
  }
}
