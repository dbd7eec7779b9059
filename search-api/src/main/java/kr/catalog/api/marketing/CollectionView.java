package kr.catalog.api.marketing;

import java.time.Instant;
import java.util.List;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.model.Product;

/**
 * A collection as answered (and as written to the audit trail).
 *
 * @param slug the id in URLs and in the search facet and filter {@code collection}
 * @param startsAt first instant it is active
 * @param endsAt first instant it is no longer active (exclusive)
 * @param status SCHEDULED, ACTIVE or ENDED at the time of the answer
 * @param products hand-picked product codes as printed, in curated order
 * @param rule the saved search whose matches also belong, or null
 * @param discountPercent whole percent off members while active, or null
 * @param version pass it back on update; a newer version on the server answers 409
 */
public record CollectionView(
    long id,
    String slug,
    CollectionType type,
    String titleKo,
    String titleEn,
    String description,
    Instant startsAt,
    Instant endsAt,
    CurationStatus status,
    List<String> products,
    SavedSearch rule,
    Integer discountPercent,
    int version,
    Instant updatedAt) {

  static CollectionView of(PromoCollection c, SavedSearch rule, CatalogView catalog, Instant now) {
    return new CollectionView(
        c.id,
        c.slug,
        c.type,
        c.titleKo,
        c.titleEn,
        c.description,
        c.startsAt,
        c.endsAt,
        CurationStatus.of(c.startsAt, c.endsAt, now),
        c.codeKeys.stream().map(k -> code(catalog, k)).toList(),
        rule,
        c.discountPercent,
        c.version,
        c.updatedAt);
  }

  static CollectionView of(CurationCache.CollectionEntry c, CatalogView catalog, Instant now) {
    return new CollectionView(
        c.id(),
        c.slug(),
        c.type(),
        c.titleKo(),
        c.titleEn(),
        c.description(),
        c.startsAt(),
        c.endsAt(),
        CurationStatus.of(c.startsAt(), c.endsAt(), now),
        c.codeKeys().stream().map(k -> code(catalog, k)).toList(),
        c.rule(),
        c.discountPercent(),
        c.version(),
        null);
  }

  /** The code as printed, or the key when the product left the catalog. */
  static String code(CatalogView catalog, String codeKey) {
    return catalog.product(codeKey).map(Product::code).orElse(codeKey);
  }
}
