package kr.catalog.search.core;

import java.util.List;

/**
 * One hit as stored by a backend.
 *
 * @param codeKey code key
 * @param code code as printed
 * @param nameKo Korean name
 * @param nameEn English name
 * @param makerId maker id
 * @param categoryId leaf category id
 * @param price list price
 * @param released release epoch day, 0 when unknown
 * @param family family key
 * @param discontinued whether the product is discontinued
 * @param score relevance score
 * @param identifiers the product's other identifiers, stored form ({@code IdentifierTerms#stored});
 *     empty in an index written before identifiers existed
 */
public record RawHit(
    String codeKey,
    String code,
    String nameKo,
    String nameEn,
    String makerId,
    String categoryId,
    long price,
    long released,
    String family,
    boolean discontinued,
    float score,
    List<String> identifiers) {
  public RawHit {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }
}
