package kr.catalog.api.marketing;

/** What a promotional collection is for; the UI groups and labels collections by it. */
public enum CollectionType {
  /** New products. */
  NEW,
  /** Discounted products (usually with a collection discount). */
  DISCOUNT,
  /** Products marketing recommends. */
  RECOMMENDED,
  /** Seasonal selections (spring gardening, winter safety...). */
  SEASONAL,
  /** Private-brand products. */
  PB
}
