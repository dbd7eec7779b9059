package kr.catalog.model;

/**
 * GS1 trade item numbers (the barcodes on the box): GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13
 * (EAN-13, Korean products {@code 880...}) and GTIN-14, each ending in a check digit computed by
 * the GS1 mod-10 rule (from the right, digits weighted 3, 1, 3, ...). Ingest validates barcodes in
 * feeds with it and the lookup validates a scanned or typed barcode, so both sides agree.
 *
 * <p>One product number has several lengths: a UPC-A {@code 036000291452} is the EAN-13 {@code
 * 0036000291452} and the GTIN-14 {@code 00036000291452}. {@link #gtin14} gives the one form they
 * share, so a scanner that reports 13 digits finds a barcode a feed gave as 12.
 */
public final class Gtin {

  private Gtin() {}

  /** The digits of a barcode as typed, without spaces and separators ({@code 880 1234-56789 0}). */
  public static String digits(String typed) {
    return Keys.codeKey(typed);
  }

  /** Whether a key is only digits, of a GTIN length (8, 12, 13 or 14). */
  public static boolean hasGtinShape(String digits) {
    if (digits == null) {
      return false;
    }
    int n = digits.length();
    if (n != 8 && n != 12 && n != 13 && n != 14) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The check digit the GS1 rule gives for these digits (the barcode without its last digit).
   *
   * @throws IllegalArgumentException when a character is not an ASCII digit
   */
  public static int checkDigit(String withoutCheck) {
    int sum = 0;
    boolean three = true; // the digit next to the check digit weighs 3
    for (int i = withoutCheck.length() - 1; i >= 0; i--) {
      char c = withoutCheck.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit: " + c);
      }
      sum += (c - '0') * (three ? 3 : 1);
      three = !three;
    }
    return (10 - sum % 10) % 10;
  }

  /** The check digit a GTIN-shaped key should end with. */
  public static int expectedCheckDigit(String digits) {
    return checkDigit(digits.substring(0, digits.length() - 1));
  }

  /** Whether a key has a GTIN shape and its last digit is the right check digit. */
  public static boolean isValid(String digits) {
    return hasGtinShape(digits)
        && digits.charAt(digits.length() - 1) - '0' == expectedCheckDigit(digits);
  }

  /** The 14-digit form of a valid GTIN (left-padded with zeros), the key all lengths share. */
  public static String gtin14(String digits) {
    return "0".repeat(14 - digits.length()) + digits;
  }

  /**
   * A full GTIN from its digits without the check digit: the digits followed by the check digit.
   */
  public static String withCheckDigit(String withoutCheck) {
    return withoutCheck + checkDigit(withoutCheck);
  }
}
