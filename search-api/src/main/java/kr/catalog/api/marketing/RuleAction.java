package kr.catalog.api.marketing;

/** What a merchandising rule does to its product in the searches it applies to. */
public enum RuleAction {
  /** Place the product at a fixed 1-based position of the relevance-ordered result. */
  PIN,
  /** Multiply its relevance score by a factor above 1. */
  BOOST,
  /** Multiply its relevance score by a factor below 1. */
  BURY,
  /** Never return nor count it. */
  HIDE
}
