package kr.catalog.api.order;

/** Where an order came in. */
public enum Channel {
  WEB,
  MOBILE,
  TABLET,
  PHONE,
  FAX,
  VISIT;

  /** Whether customers place orders through it themselves (the others are taken by staff). */
  public boolean selfService() {
    return this == WEB || this == MOBILE || this == TABLET;
  }
}
