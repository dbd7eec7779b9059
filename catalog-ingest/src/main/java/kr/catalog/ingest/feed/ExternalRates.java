package kr.catalog.ingest.feed;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fixed exchange rates the mappings of external feeds use to turn their prices into KRW. The real
 * data carries no currency; these are assumptions written down once, configurable per run.
 *
 * @param krwPerUsd KRW for one US dollar, applied to Walmart prices (dollars) and Icecat prices
 *     (integer cents, as the Chorus export stores them)
 */
public record ExternalRates(BigDecimal krwPerUsd) {
  /** 1 USD = 1,400 KRW. */
  public static final ExternalRates DEFAULT = new ExternalRates(new BigDecimal("1400"));

  public ExternalRates {
    Objects.requireNonNull(krwPerUsd, "krwPerUsd");
    if (krwPerUsd.signum() <= 0) {
      throw new IllegalArgumentException("krwPerUsd must be positive: " + krwPerUsd);
    }
  }
}
