package kr.catalog.ingest.report;

/**
 * Why an input row, file or page was not taken into the catalog.
 *
 * <p>{@link #countsAsError()} separates real data problems from rows that were only superseded: a
 * duplicate row is reported (nothing is dropped silently) but does not push a run over its reject
 * threshold, since feeds legitimately repeat products.
 */
public enum RejectReason {
  /** A required field is empty or absent. */
  MISSING_FIELD(true),
  /** The product code has no letters or digits, or characters a code cannot contain. */
  INVALID_CODE(true),
  /** The price cannot be read as whole KRW, or is zero, negative or absurdly large. */
  INVALID_PRICE(true),
  /** A quantity has a unit the normaliser does not know, or no number. */
  INVALID_UNIT(true),
  /** Any other field value that cannot be read (flag, date, country, URL). */
  INVALID_VALUE(true),
  /** The maker is not in the maker master under any known spelling. */
  UNKNOWN_MAKER(true),
  /** The category is not in the category master, or is not a leaf. */
  UNKNOWN_CATEGORY(true),
  /** The row itself is malformed: wrong number of columns, not an object, unreadable cell. */
  BROKEN_ROW(true),
  /**
   * A barcode of the row has no GTIN shape or a wrong check digit: that barcode is left out, the
   * row and its other identifiers are kept (one wrong digit must not lose a product).
   */
  INVALID_BARCODE(true),
  /** Another row with the same code key won; see the message for which one. */
  DUPLICATE(false),
  /** The file cannot be read at all (I/O error, malformed container). */
  UNREADABLE_FILE(true),
  /** The file's shape (extension or header) is not one the pipeline knows. */
  UNSUPPORTED_FORMAT(true),
  /** A file referenced by a feed (manual, drawing) does not exist. */
  MISSING_FILE(true),
  /** The file is damaged (asset step). */
  CORRUPT_FILE(true),
  /** The file is encrypted and cannot be read without a password (asset step). */
  ENCRYPTED_FILE(true),
  /** The file exceeds the configured size limit (asset step). */
  TOO_LARGE(true),
  /** Processing the file exceeded its time limit (asset step). */
  TIMEOUT(true);

  private final boolean error;

  RejectReason(boolean error) {
    this.error = error;
  }

  /** Whether this reason counts against the run's reject threshold. */
  public boolean countsAsError() {
    return error;
  }
}
