package kr.catalog.api.order;

/**
 * Products of the sample catalog the order and quote tests use, each for one purpose so the tests
 * never share stock or promotions. List prices are VAT excluded, as generated.
 */
public final class Fixtures {
  /** Quote pricing with a promotion: 10,900 won. */
  public static final String LEVEL = "BL/191-3";

  public static final long LEVEL_PRICE = 10_900;

  /** Quotes without promotion: 229,300 won. */
  public static final String MULTIMETER = "BL/232-2";

  public static final long MULTIMETER_PRICE = 229_300;

  /** Order intake and idempotency: 37,100 won. */
  public static final String MICROMETER = "BL/249-9";

  public static final long MICROMETER_PRICE = 37_100;

  /** Lifecycle, delivery: 214,800 won. */
  public static final String CALIPER = "BL/772-2";

  /** Lifecycle, pickup and cancellation. */
  public static final String SMALL_LEVEL = "BL/772-2-L";

  /** The concurrent oversell test. */
  public static final String TAPE = "BL/750-6";

  /** The throughput benchmark. */
  public static final String BIG_TAPE = "BL/534-8";

  /** Quote-to-order conversions. */
  public static final String TAPE_MEASURE = "BL1611";

  /** Orders across a database restart (reliability). */
  public static final String MULTIMETER_COMPACT = "BL-565-2";

  private Fixtures() {}
}
