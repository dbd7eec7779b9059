package kr.catalog.api.pricing;

/**
 * The one promotional discount a line gets (step 4 of {@link PricingRule}): the largest of the
 * product's running promotions and of the discounts of the active collections it belongs to.
 *
 * @param percent whole percent, 0 for none
 * @param source where it comes from: {@code promotion:ID} or {@code collection:SLUG}; null for none
 */
public record Discount(int percent, String source) {

  /** No promotional discount. */
  public static final Discount NONE = new Discount(0, null);

  public Discount {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("discount out of range: " + percent);
    }
  }

  /** A promotion's discount. */
  public static Discount promotion(long id, int percent) {
    return new Discount(percent, "promotion:" + id);
  }

  /** A collection's discount. */
  public static Discount collection(String slug, int percent) {
    return new Discount(percent, "collection:" + slug);
  }

  /**
   * The larger of two discounts; on a tie, this one (callers offer promotions first, so a promotion
   * wins a tie and quotes keep naming it as before collections existed).
   */
  public Discount orLarger(Discount other) {
    return other.percent > percent ? other : this;
  }
}
