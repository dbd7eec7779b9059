package kr.catalog.api.marketing;

import java.math.BigDecimal;
import java.util.List;

/**
 * "Why is this product here": one page of a search as marketing sees it, every hit with the rules
 * that placed it and where it would rank without them.
 *
 * @param total matching products with the rules applied
 * @param totalWithoutRules matching products without merchandising (differs by pins and hides)
 * @param page the page number answered
 * @param size hits per page
 * @param hits the page, each explained
 * @param hidden products the rules took out of this search, with the rule
 * @param overridden rules that apply to this search but lost to a newer rule on the same product or
 *     position
 */
public record Explanation(
    long total,
    long totalWithoutRules,
    int page,
    int size,
    List<Hit> hits,
    List<Hidden> hidden,
    List<RuleRef> overridden) {

  /**
   * One hit.
   *
   * @param rank 1-based position with the rules applied
   * @param rankWithoutRules 1-based position in the same search without merchandising, or null when
   *     it is not among the first 1,000 there (or does not match the text at all)
   * @param score relevance score with the rules applied
   * @param scoreWithoutRules relevance score without merchandising, or null as above
   * @param pinnedBy the rule that pinned it, or null
   * @param factorBy the rule that boosted or buried it, or null
   * @param collections slugs of the active collections it belongs to
   * @param why the same, as sentences: "pinned at 1 by rule #4", "boosted x2.00 by rule #7"
   */
  public record Hit(
      int rank,
      String code,
      String name,
      float score,
      Integer rankWithoutRules,
      Float scoreWithoutRules,
      RuleRef pinnedBy,
      RuleRef factorBy,
      List<String> collections,
      List<String> why) {}

  /** A product a rule hid from this search. */
  public record Hidden(String code, RuleRef rule) {}

  /** The essentials of a rule, to open it with {@code GET /api/marketing/rules/{id}}. */
  public record RuleRef(
      long id,
      RuleAction action,
      Integer position,
      BigDecimal factor,
      String queryKey,
      String category) {
    static RuleRef of(CurationCache.RuleEntry r) {
      return r == null
          ? null
          : new RuleRef(r.id(), r.action(), r.position(), r.factor(), r.queryKey(), r.categoryId());
    }
  }
}
