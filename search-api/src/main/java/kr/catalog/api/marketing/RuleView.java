package kr.catalog.api.marketing;

import java.math.BigDecimal;
import java.time.Instant;
import kr.catalog.api.catalog.CatalogView;

/**
 * A merchandising rule as answered (and as written to the audit trail).
 *
 * @param query the query text it applies to, or null
 * @param category the category filter it applies to, or null
 * @param position 1-based position, for PIN
 * @param factor score factor, for BOOST (above 1) and BURY (below 1)
 * @param product the product's code as printed
 * @param status SCHEDULED, ACTIVE or ENDED at the time of the answer
 * @param version pass it back on update; a newer version on the server answers 409
 */
public record RuleView(
    long id,
    String query,
    String category,
    RuleAction action,
    Integer position,
    BigDecimal factor,
    String product,
    Instant startsAt,
    Instant endsAt,
    CurationStatus status,
    String note,
    int version,
    Instant updatedAt) {

  static RuleView of(MerchandisingRule r, CatalogView catalog, Instant now) {
    return new RuleView(
        r.id,
        r.queryText,
        r.categoryId,
        r.action,
        r.position,
        r.factor,
        CollectionView.code(catalog, r.codeKey),
        r.startsAt,
        r.endsAt,
        CurationStatus.of(r.startsAt, r.endsAt, now),
        r.note,
        r.version,
        r.updatedAt);
  }
}
