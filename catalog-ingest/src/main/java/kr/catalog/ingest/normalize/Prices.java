package kr.catalog.ingest.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Text;

/**
 * Prices in whole KRW ({@code long}, never {@code double}).
 *
 * <p>Accepted spellings: {@code 1234000}, {@code 1,234,000}, {@code ₩1,234,000}, {@code
 * 1.234.000원}, {@code KRW 1 234 000}, {@code 1234000.0} (a spreadsheet's number). KRW has no minor
 * unit, so a non-zero fraction ({@code 1234.5}) is refused rather than guessed.
 *
 * <p>VAT-included prices lose their VAT by the catalog's one rule, {@link kr.catalog.model.Vat}.
 */
public final class Prices {
  /** Above this a price is a typo (ten billion won for one catalog item). */
  public static final long MAX_PRICE = 10_000_000_000L;

  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([.,][0-9]{3})+");
  private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.0+)?");

  private Prices() {}

  /**
   * Parses a KRW amount.
   *
   * @throws NormalizationException {@link RejectReason#MISSING_FIELD} when blank, {@link
   *     RejectReason#INVALID_PRICE} otherwise
   */
  public static long parseKrw(String raw) {
    String s = Text.clean(raw);
    if (Text.isBlank(s)) {
      throw new NormalizationException(RejectReason.MISSING_FIELD, "price", "price is empty");
    }
    String digits =
        Text.upper(s).replace("₩", "").replace("KRW", "").replace("원", "").replace(" ", "");
    long value;
    if (GROUPED.matcher(digits).matches()) {
      value = parse(digits.replace(",", "").replace(".", ""), raw);
    } else if (PLAIN.matcher(digits).matches()) {
      int dot = digits.indexOf('.');
      value = parse(dot < 0 ? digits : digits.substring(0, dot), raw);
    } else {
      throw new NormalizationException(
          RejectReason.INVALID_PRICE, "price", "price '" + raw + "' is not a whole KRW amount");
    }
    if (value <= 0 || value > MAX_PRICE) {
      throw new NormalizationException(
          RejectReason.INVALID_PRICE, "price", "price '" + raw + "' is out of range");
    }
    return value;
  }

  private static long parse(String digits, String raw) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new NormalizationException(
          RejectReason.INVALID_PRICE, "price", "price '" + raw + "' is too large");
    }
  }

  /**
   * Converts a foreign amount to whole KRW at a fixed rate, half-up (used by the mappings of
   * external feeds whose prices are not in KRW).
   */
  public static long toKrw(BigDecimal amount, BigDecimal krwPerUnit) {
    return amount.multiply(krwPerUnit).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
