package kr.catalog.ingest.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Text;

/**
 * Lengths and weights into one unit each: lengths in millimetres (0.1 mm), weights in kilograms (1
 * g), written as {@code "250 mm"} and {@code "1.2 kg"}.
 *
 * <p>Accepted: {@code 250mm}, {@code 25 cm}, {@code 9.8425 in}, {@code 9.8425"}, {@code 9.8425인치},
 * {@code 1,200 g}, {@code 1.2kg}, {@code 2.65 lb}. A comma followed by exactly three digits groups
 * thousands; any other comma is a decimal comma ({@code 1,5 kg}). A value without a unit takes the
 * column's unit (a header such as {@code 무게(g)}); without either it is refused.
 *
 * <p>Conversions are exact decimals (1 in = 25.4 mm, 1 lb = 0.45359237 kg), rounded half-up once at
 * the end, so an inch value written with four decimals comes back to the same 0.1 mm.
 */
public final class Units {
  private static final Pattern QUANTITY =
      Pattern.compile("([+-]?[0-9]+(?:[.,][0-9]+)*)\\s*([\\p{L}\"'″”]*)\\.?");
  private static final Pattern THOUSANDS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

  private static final Map<String, BigDecimal> TO_MM =
      Map.ofEntries(
          Map.entry("mm", BigDecimal.ONE),
          Map.entry("밀리", BigDecimal.ONE),
          Map.entry("cm", BigDecimal.TEN),
          Map.entry("m", new BigDecimal("1000")),
          Map.entry("in", new BigDecimal("25.4")),
          Map.entry("inch", new BigDecimal("25.4")),
          Map.entry("inches", new BigDecimal("25.4")),
          Map.entry("\"", new BigDecimal("25.4")),
          Map.entry("″", new BigDecimal("25.4")),
          Map.entry("”", new BigDecimal("25.4")),
          Map.entry("인치", new BigDecimal("25.4")));
  private static final Map<String, BigDecimal> TO_KG =
      Map.ofEntries(
          Map.entry("kg", BigDecimal.ONE),
          Map.entry("킬로", BigDecimal.ONE),
          Map.entry("킬로그램", BigDecimal.ONE),
          Map.entry("g", new BigDecimal("0.001")),
          Map.entry("그램", new BigDecimal("0.001")),
          Map.entry("lb", new BigDecimal("0.45359237")),
          Map.entry("lbs", new BigDecimal("0.45359237")));

  private Units() {}

  /**
   * A length in millimetres, e.g. {@code "250 mm"}.
   *
   * @param defaultUnit unit for a bare number (from the column header), or {@code null}
   */
  public static String lengthMm(String raw, String defaultUnit) {
    return format(convert(raw, defaultUnit, TO_MM, "length"), 1) + " mm";
  }

  /** A weight in kilograms, e.g. {@code "1.2 kg"}; see {@link #lengthMm}. */
  public static String weightKg(String raw, String defaultUnit) {
    return format(convert(raw, defaultUnit, TO_KG, "weight"), 3) + " kg";
  }

  private static BigDecimal convert(
      String raw, String defaultUnit, Map<String, BigDecimal> factors, String field) {
    String s = Text.clean(raw);
    Matcher m = s == null ? null : QUANTITY.matcher(s);
    if (m == null || !m.matches()) {
      throw new NormalizationException(
          RejectReason.INVALID_UNIT, field, field + " '" + raw + "' is not a number with a unit");
    }
    String unit = Text.lower(m.group(2));
    if (unit.isEmpty() || unit.equals("'")) {
      if (unit.equals("'")) {
        throw new NormalizationException(
            RejectReason.INVALID_UNIT, field, field + " '" + raw + "' uses feet, not supported");
      }
      if (defaultUnit == null) {
        throw new NormalizationException(
            RejectReason.INVALID_UNIT, field, field + " '" + raw + "' has no unit");
      }
      unit = Text.lower(defaultUnit);
    }
    BigDecimal factor = factors.get(unit);
    if (factor == null) {
      throw new NormalizationException(
          RejectReason.INVALID_UNIT,
          field,
          field + " '" + raw + "' has unknown unit '" + unit + "'");
    }
    BigDecimal value = number(m.group(1));
    if (value.signum() < 0) {
      throw new NormalizationException(
          RejectReason.INVALID_UNIT, field, field + " '" + raw + "' is negative");
    }
    return value.multiply(factor);
  }

  private static BigDecimal number(String digits) {
    if (THOUSANDS.matcher(digits).matches()) {
      return new BigDecimal(digits.replace(",", ""));
    }
    return new BigDecimal(digits.replace(',', '.'));
  }

  private static String format(BigDecimal value, int scale) {
    BigDecimal v = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    return v.signum() == 0 ? "0" : v.toPlainString();
  }
}
