package kr.catalog.api.order;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean 5-digit postal codes (국가기초구역번호, since 2015) of delivery orders: given by the request, or
 * found in the address as a group of exactly five digits ("서울 중구 세종대로 110 (04524)"). Longer digit
 * runs (phone numbers, lot numbers) are not taken for one.
 */
public final class PostalCode {
  private static final Pattern CODE = Pattern.compile("[0-9]{5}");
  private static final Pattern IN_TEXT = Pattern.compile("(?<![0-9])([0-9]{5})(?![0-9])");

  private PostalCode() {}

  /** The code as given, when it is one (the request record validates the form first). */
  public static Optional<String> given(String code) {
    return code != null && CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }

  /**
   * The last 5-digit group of an address: Korean addresses end with the code when they have one.
   */
  public static Optional<String> in(String address) {
    if (address == null) {
      return Optional.empty();
    }
    Matcher m = IN_TEXT.matcher(address);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return Optional.ofNullable(last);
  }
}
