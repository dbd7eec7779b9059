package kr.catalog.api.pricing;

/** A customer company's grade and the discount it earns (step 3 of {@link PricingRule}). */
public enum PricingGrade {
  /** New or occasional customers. */
  STANDARD(0),
  /** Regular customers. */
  SILVER(3),
  /** Large accounts. */
  GOLD(5),
  /** Dealers and framework contracts. */
  PLATINUM(8);

  private final int percentOff;

  PricingGrade(int percentOff) {
    this.percentOff = percentOff;
  }

  /** Whole percent off the (tier-discounted) unit price. */
  public int percentOff() {
    return percentOff;
  }
}
