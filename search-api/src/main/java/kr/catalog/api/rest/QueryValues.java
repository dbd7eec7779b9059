package kr.catalog.api.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.catalog.api.refusal.InvalidParameterException;

/**
 * Typed values of query parameters that arrive as text. JAX-RS answers a query parameter it cannot
 * convert (an unknown enum constant, {@code customerId=abc}) with a bare 404 that names nothing;
 * taking the text and converting it here turns that into a 400 problem naming the parameter.
 */
public final class QueryValues {
  private QueryValues() {}

  /** The whole number in {@code value}, or null when absent or blank. */
  public static Long optionalLong(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(parameter, "must be a whole number");
    }
  }

  /** The constant named by {@code value} (case-insensitive), or null when absent or blank. */
  public static <E extends Enum<E>> E optionalEnum(String parameter, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new InvalidParameterException(
        parameter,
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }
}
