package kr.catalog.model;

/**
 * The VAT rule for catalog prices, in whole KRW ({@code long}, never {@code double}): Korean VAT is
 * 10 % and the catalog stores prices VAT excluded ({@link Product#listPrice()}).
 *
 * <p>A VAT-included price {@code g} becomes {@code round_half_up(g / 1.1)}, computed in integers as
 * {@code (10 g + 5) / 11}. The inverse {@link #withVat} adds {@code round_half_up(p / 10)}. The two
 * round-trip: {@code withoutVat(withVat(p)) == p} for every {@code p >= 0}. Ingest applies the one
 * direction to supplier prices, the API the other to show prices with VAT.
 */
public final class Vat {
  private Vat() {}

  /** VAT-included to VAT-excluded, half-up to the won. */
  public static long withoutVat(long vatIncluded) {
    return Math.addExact(Math.multiplyExact(vatIncluded, 10L), 5L) / 11L;
  }

  /** VAT-excluded to VAT-included: adds 10 % rounded half-up to the won. */
  public static long withVat(long vatExcluded) {
    return vatExcluded + (vatExcluded + 5L) / 10L;
  }
}
