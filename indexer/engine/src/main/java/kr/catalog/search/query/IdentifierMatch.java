package kr.catalog.search.query;

import java.util.ArrayList;
import java.util.List;
import kr.catalog.model.Gtin;
import kr.catalog.model.Identifier;
import kr.catalog.model.Keys;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.document.Fields;
import kr.catalog.search.relevance.Boosts;

/**
 * Matching a typed code against a product's other identifiers (model number, supplier codes,
 * barcodes), the way the catalog code is matched: the same key ({@link CodeForms#normalize}),
 * exact, prefix and infix, with the same weights as the code key, so an identifier typed exactly
 * counts as much as the catalog code typed exactly (a model number equal to another product's
 * catalog code is a tie, ordered by code key, not a loss).
 */
public final class IdentifierMatch {

  private IdentifierMatch() {}

  /**
   * The identifier clauses of a lookup: exact (100), prefix (10), infix (1), as {@link
   * QueryPlanner#lookup} weighs the code key.
   */
  static List<QueryNode> lookupClauses(String key) {
    return clauses(key, 100f, 10f, key.length() >= CodeForms.MIN_INFIX ? 1f : 0f);
  }

  /** The identifier clauses of a code-like search word, with the code key's boosts. */
  static List<QueryNode> searchClauses(String key, float exact, float prefix, float infix) {
    return clauses(key, exact, prefix, infix);
  }

  /**
   * The identifier clauses of a search word that does not look like a code because it has no digit
   * ({@code ecsb}, {@code sporta-pro}, {@code xeroxtravelscan}...): model numbers of letters only
   * exist, and a prefix of one typed in the search box is a word of letters. Only the identifier
   * keys are asked, exactly or by prefix (no infix: a word inside a model number would match too
   * much), and only for ASCII words of at least {@value Keys#MIN_CODE_LOOKUP} characters, so Korean
   * words and the catalog code rules are untouched, and products without identifiers score as
   * before.
   */
  static List<QueryNode> wordClauses(String key) {
    if (key.length() < Keys.MIN_CODE_LOOKUP || !CodeForms.isAsciiAlnum(key)) {
      return List.of();
    }
    return clauses(key, Boosts.CODE_EXACT, Boosts.CODE_PREFIX, 0f);
  }

  private static List<QueryNode> clauses(String key, float exact, float prefix, float infix) {
    List<QueryNode> clauses = new ArrayList<>();
    if (Gtin.hasGtinShape(key) && !Gtin.gtin14(key).equals(key)) {
      // A barcode of any length meets the 14-digit form of the same number; the larger of the two
      // exact matches counts, so a barcode typed as printed does not count twice.
      clauses.add(
          new QueryNode.DisMax(
              List.of(
                  new QueryNode.KeywordTerm(Fields.IDENT_KEY, key, exact),
                  new QueryNode.KeywordTerm(Fields.IDENT_KEY, Gtin.gtin14(key), exact)),
              0f));
    } else {
      clauses.add(new QueryNode.KeywordTerm(Fields.IDENT_KEY, key, exact));
    }
    clauses.add(new QueryNode.Prefix(Fields.IDENT_KEY, key, prefix));
    if (infix > 0f) {
      clauses.add(new QueryNode.Prefix(Fields.IDENT_INFIX, key, infix));
    }
    return clauses;
  }

  /**
   * Which identifier of a hit a typed key matched, and how: the best level (exact, prefix, infix)
   * over the catalog code and every other identifier; at one level the catalog code first, then the
   * identifiers in the product's order.
   */
  public static Matched best(String key, String code, String codeKey, List<Identifier> others) {
    Matched best =
        new Matched(LookupQuery.Match.INFIX, new Identifier(Identifier.Kind.CATALOG_CODE, code));
    LookupQuery.Match own = level(key, codeKey, false);
    if (own != null) {
      best = new Matched(own, best.identifier());
      if (own == LookupQuery.Match.EXACT) {
        return best;
      }
    }
    for (Identifier id : others) {
      LookupQuery.Match m = level(key, id.key(), id.kind() == Identifier.Kind.BARCODE);
      if (m != null && (own == null || m.ordinal() < best.match().ordinal())) {
        best = new Matched(m, id);
        own = m;
        if (m == LookupQuery.Match.EXACT) {
          break;
        }
      }
    }
    return best;
  }

  private static LookupQuery.Match level(String key, String identifierKey, boolean barcode) {
    if (identifierKey.isEmpty()) {
      return null;
    }
    if (identifierKey.equals(key)
        || (barcode
            && Gtin.hasGtinShape(key)
            && Gtin.hasGtinShape(identifierKey)
            && Gtin.gtin14(key).equals(Gtin.gtin14(identifierKey)))) {
      return LookupQuery.Match.EXACT;
    }
    if (identifierKey.startsWith(key)) {
      return LookupQuery.Match.PREFIX;
    }
    if (key.length() >= CodeForms.MIN_INFIX && identifierKey.contains(key)) {
      return LookupQuery.Match.INFIX;
    }
    return null;
  }

  /** The identifier a lookup matched and how. */
  public record Matched(LookupQuery.Match match, Identifier identifier) {}
}
