package kr.catalog.api.recommendation;

import java.util.List;

/**
 * Recommended products, best first.
 *
 * @param kind {@code bought-together} or {@code usual}
 * @param items the products
 */
public record Recommendations(String kind, List<Item> items) {
  public Recommendations {
    items = List.copyOf(items);
  }

  /**
   * One recommended product.
   *
   * @param code display code
   * @param codeKey matching key
   * @param nameKo Korean name
   * @param nameEn English name, may be empty
   * @param listPrice list price in KRW, VAT excluded
   * @param thumbnailUrl its thumbnail, null when it has none
   * @param reason why it is proposed
   */
  public record Item(
      String code,
      String codeKey,
      String nameKo,
      String nameEn,
      long listPrice,
      String thumbnailUrl,
      PurchaseRanking.Reason reason) {}
}
