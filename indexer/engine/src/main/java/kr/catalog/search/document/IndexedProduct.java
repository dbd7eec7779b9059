package kr.catalog.search.document;

import java.util.List;
import java.util.Map;

/**
 * One product as both backends index it.
 *
 * @param codeKey unique normalised code
 * @param code code as printed
 * @param nameKo Korean name
 * @param nameEn English name
 * @param makerId maker id
 * @param categoryId leaf category id
 * @param categoryPath the leaf and its ancestors' ids
 * @param origin country of origin, may be empty
 * @param brand brand, may be empty
 * @param family family key
 * @param flags flag values (see {@link Fields#FLAGS})
 * @param stores codes of the stores holding the product now (see {@link Fields#STORES})
 * @param price list price in KRW
 * @param releasedEpochDay release date as epoch day, 0 when unknown
 * @param codeInfixes suffixes of the code key
 * @param makerChosung initial consonants of the maker's names
 * @param text analysed terms per text field, joined by single spaces
 * @param identifierKeys {@link Fields#IDENT_KEY}
 * @param identifierInfixes {@link Fields#IDENT_INFIX}
 * @param identifiers {@link Fields#IDENTIFIERS}, {@link IdentifierTerms#stored} form
 */
public record IndexedProduct(
    String codeKey,
    String code,
    String nameKo,
    String nameEn,
    String makerId,
    String categoryId,
    List<String> categoryPath,
    String origin,
    String brand,
    String family,
    List<String> flags,
    List<String> stores,
    long price,
    long releasedEpochDay,
    List<String> codeInfixes,
    List<String> makerChosung,
    Map<String, String> text,
    List<String> identifierKeys,
    List<String> identifierInfixes,
    List<String> identifiers) {
  public IndexedProduct {
    identifierKeys = List.copyOf(identifierKeys);
    identifierInfixes = List.copyOf(identifierInfixes);
    identifiers = List.copyOf(identifiers);
    categoryPath = List.copyOf(categoryPath);
    flags = List.copyOf(flags);
    stores = List.copyOf(stores);
    codeInfixes = List.copyOf(codeInfixes);
    makerChosung = List.copyOf(makerChosung);
    text = Map.copyOf(text);
  }
}
